package io.jenkins.plugins.wsus.steps;

import hudson.Extension;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.wsus.ops.ApproveOperation;
import java.util.List;
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
 * {@code wsusApprove(server: 'wsus-hq', group: 'Ring 1', kbs: [...] or fromGroup: 'Ring 0', action:
 * 'install', deadline: '3d')}: approves updates for a target group, journaled first by the engine.
 */
public final class WsusApproveStep extends Step {
  private final ApproveOperation operation;

  @DataBoundConstructor
  public WsusApproveStep(String server) {
    this.operation = new ApproveOperation(server);
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

  public List<String> getKbs() {
    return operation.getKbs();
  }

  @DataBoundSetter
  public void setKbs(List<String> kbs) {
    operation.setKbs(kbs);
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

  ApproveOperation operation() {
    return operation;
  }

  @Override
  public StepExecution start(StepContext context) {
    return new OperationStepExecution(context, operation.toRequest());
  }

  /** Descriptor: {@code wsusApprove}. */
  @Extension
  @Symbol("wsusApprove")
  public static final class DescriptorImpl extends StepDescriptor {
    @Override
    public String getFunctionName() {
      return "wsusApprove";
    }

    @Override
    public String getDisplayName() {
      return "WSUS: approve updates for a target group";
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
