package io.jenkins.plugins.wsus.steps;

import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.wsus.WsusOrchestratorConfiguration;
import io.jenkins.plugins.wsus.WsusServer;
import io.jenkins.plugins.wsus.form.Check;
import io.jenkins.plugins.wsus.form.Checks;
import io.jenkins.plugins.wsus.security.JenkinsPermissions;
import java.util.List;
import org.kohsuke.stapler.StaplerRequest2;

/**
 * The form methods shared by the step and builder descriptors. Each checks that the caller may
 * configure the job the form belongs to (or administer Jenkins outside any job).
 */
public final class StepForms {
  private StepForms() {}

  /** The configured server names; the current value only for callers who may not configure. */
  public static ListBoxModel serverItems(String current, StaplerRequest2 request) {
    ListBoxModel items = new ListBoxModel();
    if (!JenkinsPermissions.canConfigure(request)) {
      items.add(current == null ? "" : current, current == null ? "" : current);
      return items;
    }
    for (String name : serverNames(WsusOrchestratorConfiguration.get().getServers())) {
      items.add(name, name);
    }
    return items;
  }

  public static FormValidation checkServer(String value, StaplerRequest2 request) {
    if (!JenkinsPermissions.canConfigure(request)) {
      return FormValidation.ok();
    }
    return Checks.toForm(
        checkServer(value, serverNames(WsusOrchestratorConfiguration.get().getServers())));
  }

  /** A field check, shown only to callers who may configure the job. */
  public static FormValidation check(Check check, StaplerRequest2 request) {
    return JenkinsPermissions.canConfigure(request) ? Checks.toForm(check) : FormValidation.ok();
  }

  static List<String> serverNames(List<WsusServer> servers) {
    return servers.stream().map(WsusServer::getName).toList();
  }

  static Check checkServer(String value, List<String> configured) {
    if (value == null || value.isBlank()) {
      return Check.error(
          "server is required: the name of a WSUS server configured under Manage Jenkins");
    }
    if (configured.stream().noneMatch(n -> n.equalsIgnoreCase(value.trim()))) {
      return Check.error(
          "No WSUS server named '"
              + value.trim()
              + "' is configured (Manage Jenkins → System → WSUS Orchestrator)");
    }
    return Check.ok();
  }
}
