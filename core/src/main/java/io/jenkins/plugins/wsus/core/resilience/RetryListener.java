package io.jenkins.plugins.wsus.core.resilience;

/** Receives every retry decision of one call (typically writes it to the caller's log). */
@FunctionalInterface
public interface RetryListener {
  /** A listener that ignores notices. */
  RetryListener NONE = notice -> {};

  /** Called once per failed attempt that is retried, and once when the call gives up. */
  void onRetry(RetryNotice notice);
}
