package hudson.tasks;

/** Declaration of Jenkins' {@code hudson.tasks.BuildStepCompatibilityLayer}. */
public abstract class BuildStepCompatibilityLayer implements BuildStep {
  public BuildStepCompatibilityLayer() {}
}
