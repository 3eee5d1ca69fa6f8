package io.jenkins.plugins.wsus.core.resilience;

import java.time.Duration;

/**
 * One retry decision, reported to the caller's {@link RetryListener} (its build log).
 *
 * @param callName what was called, e.g. {@code server:wsus01}
 * @param failedAttempt the attempt that failed (1 = the first call)
 * @param classification why it failed
 * @param delay how long until the next attempt (jitter included); zero when giving up
 * @param givingUp true when no further attempt will be made
 * @param detail why retrying stops (max attempts, max total time, not retryable), else empty
 */
public record RetryNotice(
    String callName,
    int failedAttempt,
    Classification classification,
    Duration delay,
    boolean givingUp,
    String detail) {

  /** A one-line summary for a log. */
  public String describe() {
    if (givingUp) {
      return callName
          + ": attempt "
          + failedAttempt
          + " failed ("
          + classification
          + "); giving up: "
          + detail;
    }
    return callName
        + ": attempt "
        + failedAttempt
        + " failed ("
        + classification
        + "); retrying in "
        + delay.toMillis()
        + " ms";
  }
}
