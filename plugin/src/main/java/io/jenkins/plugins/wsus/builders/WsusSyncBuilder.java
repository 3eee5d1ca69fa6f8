package io.jenkins.plugins.wsus.builders;

import hudson.Extension;
import hudson.util.FormValidation;
import io.jenkins.plugins.wsus.ops.ServerOperation;
import io.jenkins.plugins.wsus.ops.SyncOperation;
import io.jenkins.plugins.wsus.steps.StepForms;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest2;

/** Freestyle "WSUS: synchronize a server": the same {@link SyncOperation} as {@code wsusSync}. */
public final class WsusSyncBuilder extends OperationBuilder {
  private final SyncOperation operation;

  @DataBoundConstructor
  public WsusSyncBuilder(String server) {
    this.operation = new SyncOperation(server);
  }

  @Override
  protected ServerOperation operation() {
    return operation;
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

  /** KB numbers, one per line. */
  public String getKbs() {
    return lines(operation.getKbs());
  }

  @DataBoundSetter
  public void setKbs(String kbs) {
    operation.setKbs(fromLines(kbs));
  }

  /** Descriptor of the freestyle sync step. */
  @Extension
  public static final class DescriptorImpl extends BuilderForms {
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
