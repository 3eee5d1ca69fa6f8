package io.jenkins.plugins.wsus.core.engine;

import io.jenkins.plugins.wsus.core.model.SynchronizationError;
import io.jenkins.plugins.wsus.core.resilience.Classification;
import io.jenkins.plugins.wsus.core.resilience.ClassifiedFailureException;

/**
 * A sync attempt ended without success on the server's side: a failed result event, a stall, no
 * result event at all, or a stop by someone else. Carries its classification so the Retry and the
 * upstream breaker treat it by class.
 */
final class SyncFailedException extends ClassifiedFailureException {
  private static final long serialVersionUID = 1L;

  /** How the attempt failed. */
  enum Kind {
    /** The event history reports a failed sync (386). */
    FAILED,
    /** No progress for the stall timeout: the engine stopped the sync. */
    STALLED,
    /** The server stopped processing but no result event appeared. */
    UNKNOWN_RESULT,
    /** The event history reports a canceled sync (385) the engine did not ask for. */
    CANCELED_BY_SERVER
  }

  private final Kind kind;
  private final SynchronizationError error;
  private final String errorText;

  SyncFailedException(
      Kind kind, Classification classification, SynchronizationError error, String errorText) {
    super(classification);
    this.kind = kind;
    this.error = error;
    this.errorText = errorText;
  }

  Kind kind() {
    return kind;
  }

  SynchronizationError error() {
    return error;
  }

  /** The server's error text, else the classification's reason. */
  String errorText() {
    return errorText != null && !errorText.isBlank() ? errorText : classification().reason();
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this; // a verdict, not a bug: no stack trace needed
  }
}
