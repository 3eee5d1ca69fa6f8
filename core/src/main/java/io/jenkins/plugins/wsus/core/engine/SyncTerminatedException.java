package io.jenkins.plugins.wsus.core.engine;

import io.jenkins.plugins.wsus.core.resilience.Classification;
import io.jenkins.plugins.wsus.core.resilience.ClassifiedFailureException;
import io.jenkins.plugins.wsus.core.resilience.ErrorClass;

/**
 * The engine ended a flight on purpose: every caller aborted, or the overall timeout passed. Class
 * CANCELED: never retried, never counted by a breaker.
 */
final class SyncTerminatedException extends ClassifiedFailureException {
  private static final long serialVersionUID = 1L;
  private final SyncResult result;

  SyncTerminatedException(SyncResult result, String reason) {
    super(new Classification(ErrorClass.CANCELED, reason));
    this.result = result;
  }

  /** CANCELED or TIMED_OUT. */
  SyncResult result() {
    return result;
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
