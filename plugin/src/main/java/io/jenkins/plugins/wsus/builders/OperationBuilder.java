package io.jenkins.plugins.wsus.builders;

import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.Builder;
import io.jenkins.plugins.wsus.ops.ServerOperation;
import io.jenkins.plugins.wsus.run.BuilderRun;
import io.jenkins.plugins.wsus.run.OperationServices;
import java.util.List;
import java.util.Optional;
import jenkins.tasks.SimpleBuildStep;

/**
 * A freestyle build step running one operation. Subclasses only hold the operation's model object,
 * the same one the Pipeline step holds, and expose its fields to the form.
 */
public abstract class OperationBuilder extends Builder implements SimpleBuildStep {
  private transient OperationServices services;

  /** The model object this builder edits. */
  protected abstract ServerOperation operation();

  @Override
  public boolean requiresWorkspace() {
    return false;
  }

  @Override
  public void perform(
      Run<?, ?> run, FilePath workspace, EnvVars env, Launcher launcher, TaskListener listener)
      throws InterruptedException {
    run(run, listener);
  }

  @Override
  public void perform(Run<?, ?> run, EnvVars env, TaskListener listener)
      throws InterruptedException {
    run(run, listener);
  }

  private void run(Run<?, ?> run, TaskListener listener) throws InterruptedException {
    Optional<String> failure = execute(run, listener);
    if (failure.isPresent()) {
      run.setResult(Result.FAILURE);
    }
  }

  /** Runs the operation and logs a failure; the reason the build fails, if it does. */
  Optional<String> execute(Run<?, ?> run, TaskListener listener) throws InterruptedException {
    Optional<String> failure = BuilderRun.execute(operation(), run, listener, services());
    failure.ifPresent(message -> listener.getLogger().println("ERROR: " + message));
    return failure;
  }

  void useServices(OperationServices services) {
    this.services = services;
  }

  private OperationServices services() {
    return services == null ? OperationServices.production() : services;
  }

  /** Form text (one per line) for a list of KB numbers. */
  static String lines(List<String> values) {
    return String.join("\n", values);
  }

  /** The list a form's KB text stands for; the model splits and checks it. */
  static List<String> fromLines(String text) {
    return text == null || text.isBlank() ? List.of() : List.of(text);
  }
}
