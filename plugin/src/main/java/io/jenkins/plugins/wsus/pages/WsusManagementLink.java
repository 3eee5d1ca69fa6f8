package io.jenkins.plugins.wsus.pages;

import hudson.Extension;
import hudson.model.ManagementLink;
import hudson.security.Permission;
import io.jenkins.plugins.wsus.security.JenkinsPermissions;
import io.jenkins.plugins.wsus.status.OrchestratorStatus;
import io.jenkins.plugins.wsus.status.OrchestratorStatuses;
import java.util.List;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.HttpResponses;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * Manage Jenkins → WSUS Orchestrator: every server's verdict and reasons, breaker states (with a
 * POST-only reset), quarantines in effect (with a POST-only restore) and the outage journal. Only
 * administrators see the link and the page; every web method checks again.
 */
@Extension
public final class WsusManagementLink extends ManagementLink {
  static final int JOURNAL_LINES = 200;

  @Override
  public String getIconFileName() {
    return "symbol-shield";
  }

  @Override
  public String getDisplayName() {
    return "WSUS Orchestrator";
  }

  @Override
  public String getDescription() {
    return "WSUS server health, circuit breakers, quarantines and the outage journal.";
  }

  @Override
  public String getUrlName() {
    return "wsus-orchestrator";
  }

  @Override
  public Permission getRequiredPermission() {
    return Permission.HUDSON_ADMINISTER;
  }

  /** For the view: whether the engine is wired (and the page has data). */
  public boolean isAvailable() {
    JenkinsPermissions.checkAdminister();
    return status().available();
  }

  public List<OrchestratorStatus.ServerHealth> getServers() {
    JenkinsPermissions.checkAdminister();
    return status().servers();
  }

  public List<OrchestratorStatus.BreakerState> getBreakers() {
    JenkinsPermissions.checkAdminister();
    return status().breakers();
  }

  public List<OrchestratorStatus.Quarantine> getQuarantines() {
    JenkinsPermissions.checkAdminister();
    return status().quarantines();
  }

  public List<OrchestratorStatus.JournalEntry> getJournal() {
    JenkinsPermissions.checkAdminister();
    return status().journal(JOURNAL_LINES);
  }

  @POST
  public HttpResponse doResetBreaker(@QueryParameter String label) {
    JenkinsPermissions.checkAdminister();
    status().resetBreaker(required("label", label));
    return HttpResponses.redirectToDot();
  }

  @POST
  public HttpResponse doRestoreQuarantine(
      @QueryParameter String server, @QueryParameter String classification) {
    JenkinsPermissions.checkAdminister();
    status()
        .restoreQuarantine(required("server", server), required("classification", classification));
    return HttpResponses.redirectToDot();
  }

  private static OrchestratorStatus status() {
    return OrchestratorStatuses.current();
  }

  static String required(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
    return value.trim();
  }
}
