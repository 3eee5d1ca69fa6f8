package io.jenkins.plugins.wsus.builders;

import hudson.model.AbstractProject;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.Builder;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.wsus.steps.StepForms;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest2;

/** Base of the builders' descriptors: every job type, and the shared server field. */
public abstract class BuilderForms extends BuildStepDescriptor<Builder> {
  @Override
  public boolean isApplicable(Class<? extends AbstractProject> jobType) {
    return true;
  }

  public ListBoxModel doFillServerItems(@QueryParameter String server, StaplerRequest2 req) {
    return StepForms.serverItems(server, req);
  }

  public FormValidation doCheckServer(@QueryParameter String value, StaplerRequest2 req) {
    return StepForms.checkServer(value, req);
  }
}
