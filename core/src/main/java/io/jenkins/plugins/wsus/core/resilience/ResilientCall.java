package io.jenkins.plugins.wsus.core.resilience;

import java.util.Objects;

/**
 * Which shared resilience instances one call goes through, and who hears about its retries.
 *
 * @param breakerName the breaker (and retry) name, see {@link Resilience#upstream}, {@link
 *     Resilience#server}, {@link Resilience#CATALOG}
 * @param bulkheadName the bulkhead limiting concurrent calls (usually {@code server:<name>}), or
 *     null for none
 * @param listener receives every retry decision (the caller's log)
 * @param retried whether failed attempts are retried; false for calls that are not idempotent
 *     (StartSubscriptionManually: a start whose answer was lost must be attached to, not repeated)
 *     and for polls that the engine repeats on its own schedule
 */
public record ResilientCall(
    String breakerName, String bulkheadName, RetryListener listener, boolean retried) {
  public ResilientCall {
    Objects.requireNonNull(breakerName, "breakerName");
    listener = listener == null ? RetryListener.NONE : listener;
  }

  /** A retried call guarded by breaker {@code breakerName}, without bulkhead or listener. */
  public static ResilientCall to(String breakerName) {
    return new ResilientCall(breakerName, null, RetryListener.NONE, true);
  }

  /** The same call limited by bulkhead {@code name}. */
  public ResilientCall withBulkhead(String name) {
    return new ResilientCall(breakerName, name, listener, retried);
  }

  /** The same call reporting retries to {@code retryListener}. */
  public ResilientCall reportingTo(RetryListener retryListener) {
    return new ResilientCall(breakerName, bulkheadName, retryListener, retried);
  }

  /** The same call with a single attempt (still through bulkhead, breaker and time limit). */
  public ResilientCall withoutRetry() {
    return new ResilientCall(breakerName, bulkheadName, listener, false);
  }
}
