package io.jenkins.plugins.wsus.window;

import hudson.Extension;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.wsus.security.JenkinsPermissions;
import io.jenkins.plugins.wsus.steps.StepForms;
import java.time.Instant;
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
 * {@code wsusPatchWindow(spec: plan, ring: 'broad', whenClosed: 'wait')}: is a patch window open?
 * Returns a Map ({@code open}, {@code skipped}, {@code waited}, {@code window}); when closed it
 * waits for the next window (no executor or thread held), skips or fails. {@code spec} is one
 * window spec or a multi-line ring plan, read exactly as the {@code patchWindow} trigger reads it.
 */
public final class PatchWindowStep extends Step {
  private final String spec;
  private String ring = "";
  private String whenClosed = WhenClosed.WAIT.argument();

  @DataBoundConstructor
  public PatchWindowStep(String spec) {
    this.spec = spec == null ? "" : WindowPlans.normalize(spec).strip();
  }

  public String getSpec() {
    return spec;
  }

  /** The ring of the plan to look at; empty: any ring's window counts. */
  public String getRing() {
    return ring;
  }

  @DataBoundSetter
  public void setRing(String ring) {
    this.ring = ring == null ? "" : ring.strip();
  }

  /** {@code wait} (default), {@code skip} or {@code fail}. */
  public String getWhenClosed() {
    return whenClosed;
  }

  @DataBoundSetter
  public void setWhenClosed(String whenClosed) {
    this.whenClosed =
        whenClosed == null || whenClosed.isBlank()
            ? WhenClosed.WAIT.argument()
            : whenClosed.strip();
  }

  @Override
  public StepExecution start(StepContext context) {
    return new PatchWindowStepExecution(
        context, spec, ring, WhenClosed.parse(whenClosed), WindowTimer.jenkins());
  }

  /** Descriptor: {@code wsusPatchWindow}. */
  @Extension
  @Symbol("wsusPatchWindow")
  public static final class DescriptorImpl extends StepDescriptor {
    @Override
    public String getFunctionName() {
      return "wsusPatchWindow";
    }

    @Override
    public String getDisplayName() {
      return "WSUS: wait for, skip or fail outside a patch window";
    }

    @Override
    public Set<? extends Class<?>> getRequiredContext() {
      return Set.of(TaskListener.class);
    }

    public FormValidation doCheckSpec(
        @QueryParameter String value, @QueryParameter String ring, StaplerRequest2 req) {
      return StepForms.check(WindowChecks.window(value, ring, Instant.now()), req);
    }

    public FormValidation doCheckRing(
        @QueryParameter String value, @QueryParameter String spec, StaplerRequest2 req) {
      return StepForms.check(WindowChecks.ring(value, spec), req);
    }

    public FormValidation doCheckWhenClosed(@QueryParameter String value, StaplerRequest2 req) {
      return StepForms.check(WindowChecks.whenClosed(value), req);
    }

    public ListBoxModel doFillWhenClosedItems(
        @QueryParameter String whenClosed, StaplerRequest2 req) {
      ListBoxModel items = new ListBoxModel();
      if (!JenkinsPermissions.canConfigure(req)) {
        String current = whenClosed == null ? "" : whenClosed;
        items.add(current, current);
        return items;
      }
      items.add("wait for the next window", WhenClosed.WAIT.argument());
      items.add("skip (return open: false)", WhenClosed.SKIP.argument());
      items.add("fail the step", WhenClosed.FAIL.argument());
      return items;
    }
  }
}
