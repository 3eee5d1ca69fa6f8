package io.jenkins.plugins.wsus.core.resilience;

/**
 * A failure the engine already classified (e.g. a sync that the server reports as failed, with its
 * SynchronizationError and text). Thrown inside a decorated call so the Retry and the breaker treat
 * it by its class.
 */
public class ClassifiedFailureException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final Classification classification;

  public ClassifiedFailureException(Classification classification) {
    super(classification.toString());
    this.classification = classification;
  }

  /** The class and reason. */
  public Classification classification() {
    return classification;
  }
}
