package org.jenkinsci.plugins.workflow.steps;

import hudson.model.Descriptor;
import java.util.Set;

/** Declaration of workflow-step-api's {@code StepDescriptor}: only the members the plugin uses. */
public abstract class StepDescriptor extends Descriptor<Step> {
  public StepDescriptor() {}

  public abstract Set<? extends Class<?>> getRequiredContext();

  public abstract String getFunctionName();
}
