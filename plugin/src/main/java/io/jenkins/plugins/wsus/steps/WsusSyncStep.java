package io.jenkins.plugins.wsus.steps;

import hudson.Extension;
import hudson.util.FormValidation;
import io.jenkins.plugins.wsus.ops.SyncOperation;
import java.util.List;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest2;

/**
 * {@code wsusSync(server: 'wsus-hq', timeout: '6h', allowDegraded: true, allowCatalog: false, kbs:
 * [])}: synchronizes a server with retries, the shared breaker and fallbacks; returns a Map
 * (outcome, path, start, end, attempts, errorClass, quarantinedClassifications, importedUpdates,
 * evidence).
 */
public final class WsusSyncStep extends Step {
  private final SyncOperation operation;

  @DataBoundConstructor
  public WsusSyncStep(String server) {
    this.operation = new SyncOperation(server);
  }

  public String getServer() {
    return operation.getServer();
  }

  public String getTimeout() {
    return operation.getTimeout();
  }

  @DataBoundSetter
  public void setTimeout(String timeout) {
    operation.setTimeout(timeout);
  }

  public boolean isAllowDegraded() {
    return operation.isAllowDegraded();
  }

  @DataBoundSetter
  public void setAllowDegraded(boolean allowDegraded) {
    operation.setAllowDegraded(allowDegraded);
  }

  public boolean isAllowCatalog() {
    return operation.isAllowCatalog();
  }

  public boolean isKeepQuarantine() {
    return operation.isKeepQuarantine();
  }

  @DataBoundSetter
  public void setKeepQuarantine(boolean keepQuarantine) {
    operation.setKeepQuarantine(keepQuarantine);
  }

  @DataBoundSetter
  public void setAllowCatalog(boolean allowCatalog) {
    operation.setAllowCatalog(allowCatalog);
  }

  public List<String> getKbs() {
    return operation.getKbs();
  }

  @DataBoundSetter
  public void setKbs(List<String> kbs) {
    operation.setKbs(kbs);
  }

  SyncOperation operation() {
    return operation;
  }

  @Override
  public StepExecution start(StepContext context) {
    return new OperationStepExecution(context, operation.toRequest());
  }

  /** Descriptor: {@code wsusSync}. */
  @Extension
  @Symbol("wsusSync")
  public static final class DescriptorImpl extends ServerStepDescriptor {
    @Override
    public String getFunctionName() {
      return "wsusSync";
    }

    @Override
    public String getDisplayName() {
      return "WSUS: synchronize a server";
    }

    public FormValidation doCheckTimeout(@QueryParameter String value, StaplerRequest2 req) {
      return StepForms.check(SyncOperation.checkTimeout(value), req);
    }

    public FormValidation doCheckKbs(@QueryParameter String value, StaplerRequest2 req) {
      return StepForms.check(SyncOperation.checkKbs(value), req);
    }
  }
}
