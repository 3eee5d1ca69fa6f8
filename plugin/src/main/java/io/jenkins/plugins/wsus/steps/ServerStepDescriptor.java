package io.jenkins.plugins.wsus.steps;

import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest2;

/**
 * What every WSUS step's descriptor shares: it runs with a build and its log (no {@code node}
 * needed), and its {@code server} field lists and checks the configured servers. Stapler finds the
 * inherited {@code doFill}/{@code doCheck} methods like declared ones.
 */
public abstract class ServerStepDescriptor extends StepDescriptor {
  @Override
  public Set<? extends Class<?>> getRequiredContext() {
    return Set.of(Run.class, TaskListener.class);
  }

  public ListBoxModel doFillServerItems(@QueryParameter String server, StaplerRequest2 req) {
    return StepForms.serverItems(server, req);
  }

  public FormValidation doCheckServer(@QueryParameter String value, StaplerRequest2 req) {
    return StepForms.checkServer(value, req);
  }
}
