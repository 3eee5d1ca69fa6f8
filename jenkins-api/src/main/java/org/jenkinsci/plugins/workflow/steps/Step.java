package org.jenkinsci.plugins.workflow.steps;

import hudson.ExtensionPoint;
import hudson.model.AbstractDescribableImpl;

/** Declaration of workflow-step-api's {@code Step}: only the members the plugin uses. */
public abstract class Step extends AbstractDescribableImpl<Step> implements ExtensionPoint {
  public Step() {}

  public abstract StepExecution start(StepContext context) throws Exception;
}
