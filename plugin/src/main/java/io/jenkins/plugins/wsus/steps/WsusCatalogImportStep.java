package io.jenkins.plugins.wsus.steps;

import hudson.Extension;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.wsus.ops.CatalogImportOperation;
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
 * {@code wsusCatalogImport(server: 'wsus-hq', kbs: ['KB5062553'])}: imports updates from the
 * Microsoft Update Catalog; returns a Map with {@code imported} and {@code skipped} (with reasons).
 */
public final class WsusCatalogImportStep extends Step {
  private final CatalogImportOperation operation;

  @DataBoundConstructor
  public WsusCatalogImportStep(String server) {
    this.operation = new CatalogImportOperation(server);
  }

  public String getServer() {
    return operation.getServer();
  }

  public List<String> getKbs() {
    return operation.getKbs();
  }

  @DataBoundSetter
  public void setKbs(List<String> kbs) {
    operation.setKbs(kbs);
  }

  CatalogImportOperation operation() {
    return operation;
  }

  @Override
  public StepExecution start(StepContext context) {
    return new OperationStepExecution(context, operation.toRequest());
  }

  /** Descriptor: {@code wsusCatalogImport}. */
  @Extension
  @Symbol("wsusCatalogImport")
  public static final class DescriptorImpl extends StepDescriptor {
    @Override
    public String getFunctionName() {
      return "wsusCatalogImport";
    }

    @Override
    public String getDisplayName() {
      return "WSUS: import updates from the Microsoft Update Catalog";
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

    public FormValidation doCheckKbs(@QueryParameter String value, StaplerRequest2 req) {
      return StepForms.check(CatalogImportOperation.checkKbs(value), req);
    }
  }
}
