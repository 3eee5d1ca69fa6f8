package io.jenkins.plugins.wsus.steps;

/** An operation completed, but its result means the step fails (e.g. a closed gate). */
public final class OperationFailedException extends Exception {
  private static final long serialVersionUID = 1L;

  public OperationFailedException(String message) {
    super(message, null, false, false);
  }
}
