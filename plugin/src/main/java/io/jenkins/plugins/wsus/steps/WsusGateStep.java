package io.jenkins.plugins.wsus.steps;

import hudson.Extension;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.wsus.ops.GateOperation;
import java.util.Set;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest2;

/**
 * {@code wsusGate(server: 'wsus-hq', maxAge: '24h', requireAfterPatchTuesday: true, allowDegraded:
 * false, wait: '2h')}: passes, waits (without holding a thread) or fails the stage with reasons.
 */
public final class WsusGateStep extends Step {
  private final GateOperation operation;

  @DataBoundConstructor
  public WsusGateStep(String server) {
    this.operation = new GateOperation(server);
  }

  public String getServer() {
    return operation.getServer();
  }

  public String getMaxAge() {
    return operation.getMaxAge();
  }

  @DataBoundSetter
  public void setMaxAge(String maxAge) {
    operation.setMaxAge(maxAge);
  }

  public boolean isRequireAfterPatchTuesday() {
    return operation.isRequireAfterPatchTuesday();
  }

  @DataBoundSetter
  public void setRequireAfterPatchTuesday(boolean requireAfterPatchTuesday) {
    operation.setRequireAfterPatchTuesday(requireAfterPatchTuesday);
  }

  public boolean isAllowDegraded() {
    return operation.isAllowDegraded();
  }

  @DataBoundSetter
  public void setAllowDegraded(boolean allowDegraded) {
    operation.setAllowDegraded(allowDegraded);
  }

  public String getWait() {
    return operation.getWait();
  }

  @DataBoundSetter
  public void setWait(String wait) {
    operation.setWait(wait);
  }

  GateOperation operation() {
    return operation;
  }

  @Override
  public StepExecution start(StepContext context) {
    return new OperationStepExecution(context, operation.toRequest());
  }

  /** Descriptor: {@code wsusGate}. */
  @Extension
  @Symbol("wsusGate")
  public static final class DescriptorImpl extends StepDescriptor {
    @Override
    public String getFunctionName() {
      return "wsusGate";
    }

    @Override
    public String getDisplayName() {
      return "WSUS: gate on a server's sync health";
    }

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

    public FormValidation doCheckMaxAge(@QueryParameter String value, StaplerRequest2 req) {
      return StepForms.check(GateOperation.checkMaxAge(value), req);
    }

    public FormValidation doCheckWait(@QueryParameter String value, StaplerRequest2 req) {
      return StepForms.check(GateOperation.checkWait(value), req);
    }
  }
}
