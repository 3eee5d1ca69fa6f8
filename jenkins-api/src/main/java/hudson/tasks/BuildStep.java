package hudson.tasks;

/**
 * Declaration of Jenkins' {@code hudson.tasks.BuildStep}. Its abstract methods are implemented by
 * {@code BuildStepCompatibilityLayer} in Jenkins, so the plugin never needs them.
 */
public interface BuildStep {}
