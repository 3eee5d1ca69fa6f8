package io.jenkins.plugins.wsus.builders;

import hudson.Extension;
import hudson.util.FormValidation;
import io.jenkins.plugins.wsus.ops.GateOperation;
import io.jenkins.plugins.wsus.ops.ServerOperation;
import io.jenkins.plugins.wsus.steps.StepForms;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest2;

/** Freestyle "WSUS: gate": the same {@link GateOperation} as {@code wsusGate}. */
public final class WsusGateBuilder extends OperationBuilder {
  private final GateOperation operation;

  @DataBoundConstructor
  public WsusGateBuilder(String server) {
    this.operation = new GateOperation(server);
  }

  @Override
  protected ServerOperation operation() {
    return operation;
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

  /** Descriptor of the freestyle gate step. */
  @Extension
  public static final class DescriptorImpl extends BuilderForms {
    @Override
    public String getDisplayName() {
      return "WSUS: gate on a server's sync health";
    }

    public FormValidation doCheckMaxAge(@QueryParameter String value, StaplerRequest2 req) {
      return StepForms.check(GateOperation.checkMaxAge(value), req);
    }

    public FormValidation doCheckWait(@QueryParameter String value, StaplerRequest2 req) {
      return StepForms.check(GateOperation.checkWait(value), req);
    }
  }
}
