package io.jenkins.plugins.wsus.builders;

import hudson.Extension;
import hudson.util.FormValidation;
import io.jenkins.plugins.wsus.ops.ApproveOperation;
import io.jenkins.plugins.wsus.ops.ServerOperation;
import io.jenkins.plugins.wsus.steps.StepForms;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest2;

/** Freestyle "WSUS: approve": the same {@link ApproveOperation} as {@code wsusApprove}. */
public final class WsusApproveBuilder extends OperationBuilder {
  private final ApproveOperation operation;

  @DataBoundConstructor
  public WsusApproveBuilder(String server) {
    this.operation = new ApproveOperation(server);
  }

  @Override
  protected ServerOperation operation() {
    return operation;
  }

  public String getServer() {
    return operation.getServer();
  }

  public String getGroup() {
    return operation.getGroup();
  }

  @DataBoundSetter
  public void setGroup(String group) {
    operation.setGroup(group);
  }

  /** KB numbers, one per line. */
  public String getKbs() {
    return lines(operation.getKbs());
  }

  @DataBoundSetter
  public void setKbs(String kbs) {
    operation.setKbs(fromLines(kbs));
  }

  public String getFromGroup() {
    return operation.getFromGroup();
  }

  @DataBoundSetter
  public void setFromGroup(String fromGroup) {
    operation.setFromGroup(fromGroup);
  }

  public String getAction() {
    return operation.getAction();
  }

  @DataBoundSetter
  public void setAction(String action) {
    operation.setAction(action);
  }

  public String getDeadline() {
    return operation.getDeadline();
  }

  @DataBoundSetter
  public void setDeadline(String deadline) {
    operation.setDeadline(deadline);
  }

  /** Descriptor of the freestyle approval step. */
  @Extension
  public static final class DescriptorImpl extends BuilderForms {
    @Override
    public String getDisplayName() {
      return "WSUS: approve updates for a target group";
    }

    public FormValidation doCheckGroup(@QueryParameter String value, StaplerRequest2 req) {
      return StepForms.check(ApproveOperation.checkGroup(value), req);
    }

    public FormValidation doCheckKbs(@QueryParameter String value, StaplerRequest2 req) {
      return StepForms.check(ApproveOperation.checkKbs(value), req);
    }

    public FormValidation doCheckFromGroup(
        @QueryParameter String value, @QueryParameter String group, StaplerRequest2 req) {
      return StepForms.check(ApproveOperation.checkFromGroup(value, group), req);
    }

    public FormValidation doCheckAction(@QueryParameter String value, StaplerRequest2 req) {
      return StepForms.check(ApproveOperation.checkAction(value), req);
    }

    public FormValidation doCheckDeadline(@QueryParameter String value, StaplerRequest2 req) {
      return StepForms.check(ApproveOperation.checkDeadline(value), req);
    }
  }
}
