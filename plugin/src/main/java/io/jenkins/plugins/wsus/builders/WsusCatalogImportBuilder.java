package io.jenkins.plugins.wsus.builders;

import hudson.Extension;
import hudson.util.FormValidation;
import io.jenkins.plugins.wsus.ops.CatalogImportOperation;
import io.jenkins.plugins.wsus.ops.ServerOperation;
import io.jenkins.plugins.wsus.steps.StepForms;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest2;

/**
 * Freestyle "WSUS: import from the catalog": the same {@link CatalogImportOperation} as {@code
 * wsusCatalogImport}.
 */
public final class WsusCatalogImportBuilder extends OperationBuilder {
  private final CatalogImportOperation operation;

  @DataBoundConstructor
  public WsusCatalogImportBuilder(String server) {
    this.operation = new CatalogImportOperation(server);
  }

  @Override
  protected ServerOperation operation() {
    return operation;
  }

  public String getServer() {
    return operation.getServer();
  }

  /** KB numbers, one per line. */
  public String getKbs() {
    return lines(operation.getKbs());
  }

  @DataBoundSetter
  public void setKbs(String kbs) {
    operation.setKbs(fromLines(kbs));
  }

  /** Descriptor of the freestyle catalog import step. */
  @Extension
  public static final class DescriptorImpl extends BuilderForms {
    @Override
    public String getDisplayName() {
      return "WSUS: import updates from the Microsoft Update Catalog";
    }

    public FormValidation doCheckKbs(@QueryParameter String value, StaplerRequest2 req) {
      return StepForms.check(CatalogImportOperation.checkKbs(value), req);
    }
  }
}
