package jenkins.tasks;

import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStep;
import java.io.IOException;

/** Declaration of Jenkins' {@code jenkins.tasks.SimpleBuildStep}. */
public interface SimpleBuildStep extends BuildStep {
  default void perform(
      Run<?, ?> run, FilePath workspace, EnvVars env, Launcher launcher, TaskListener listener)
      throws InterruptedException, IOException {
    throw new UnsupportedOperationException("compile-only declaration");
  }

  default void perform(Run<?, ?> run, EnvVars env, TaskListener listener)
      throws InterruptedException, IOException {
    throw new UnsupportedOperationException("compile-only declaration");
  }

  default boolean requiresWorkspace() {
    throw new UnsupportedOperationException("compile-only declaration");
  }
}
