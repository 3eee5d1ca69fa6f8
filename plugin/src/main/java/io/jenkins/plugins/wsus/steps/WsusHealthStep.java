package io.jenkins.plugins.wsus.steps;

import hudson.Extension;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.wsus.ops.HealthOperation;
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
 * {@code wsusHealth(server: 'wsus-hq')}: a server's health as a Map (verdict, reasons, lastSuccess,
 * breakers). The optional {@code probe} setter also makes the named form {@code server: 'x'} work.
 */
public final class WsusHealthStep extends Step {
  private final HealthOperation operation;

  @DataBoundConstructor
  public WsusHealthStep(String server) {
    this.operation = new HealthOperation(server);
  }

  public String getServer() {
    return operation.getServer();
  }

  public boolean isProbe() {
    return operation.isProbe();
  }

  @DataBoundSetter
  public void setProbe(boolean probe) {
    operation.setProbe(probe);
  }

  HealthOperation operation() {
    return operation;
  }

  @Override
  public StepExecution start(StepContext context) {
    return new OperationStepExecution(context, operation.toRequest());
  }

  /** Descriptor: {@code wsusHealth}. */
  @Extension
  @Symbol("wsusHealth")
  public static final class DescriptorImpl extends StepDescriptor {
    @Override
    public String getFunctionName() {
      return "wsusHealth";
    }

    @Override
    public String getDisplayName() {
      return "WSUS: report a server's health";
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
  }
}
