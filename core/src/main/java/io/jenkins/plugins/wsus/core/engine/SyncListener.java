package io.jenkins.plugins.wsus.core.engine;

import io.jenkins.plugins.wsus.core.model.SyncProgress;
import io.jenkins.plugins.wsus.core.resilience.BreakerTransition;
import io.jenkins.plugins.wsus.core.resilience.RetryNotice;
import java.util.List;

/**
 * Hears what happens to one caller's sync request (typically writes it to a build log). Every
 * caller attached to a flight gets its own callbacks. Called on engine threads: return quickly,
 * never block. Every method has a no-op default.
 */
public interface SyncListener {
  /** A listener that ignores everything. */
  SyncListener NONE = new SyncListener() {};

  /** A line for the caller's log (every event below also arrives here, as text). */
  default void onMessage(String line) {}

  /**
   * An attempt began.
   *
   * @param attempt 1 for the first
   * @param attached true when the engine follows a sync that was already running on the server
   */
  default void onAttemptStarted(int attempt, boolean attached) {}

  /** The server reported new progress (phase or processed changed). */
  default void onProgress(SyncProgress progress) {}

  /** An attempt failed and is retried after a delay, or the engine gives up retrying. */
  default void onRetry(RetryNotice notice) {}

  /** A circuit breaker this request goes through changed state. */
  default void onBreakerTransition(BreakerTransition transition) {}

  /**
   * A fallback strategy was considered.
   *
   * @param kind which strategy
   * @param taken whether it runs
   * @param why the reason, in words
   */
  default void onFallbackDecision(FallbackKind kind, boolean taken, String why) {}

  /** Classifications (or products) were quarantined for this sync. */
  default void onQuarantine(List<QuarantinedCategory> quarantined) {}

  /** A journal step was written (before or after a change on the server). */
  default void onJournalStep(String step, String detail) {}

  /** The request ended; the same outcome also completes the handle's future. */
  default void onOutcome(SyncOutcome outcome) {}
}
