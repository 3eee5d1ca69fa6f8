package io.jenkins.plugins.wsus.core.engine;

/** How a sync request ended. */
public enum SyncResult {
  SUCCEEDED,
  FAILED,
  /** The caller aborted (the running sync was stopped). */
  CANCELED,
  /** The overall timeout of the policy passed (the running sync was stopped). */
  TIMED_OUT,
  /** Refused without starting: an open circuit breaker or a full bulkhead, and no fallback. */
  REJECTED
}
