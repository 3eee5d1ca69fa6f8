package io.jenkins.plugins.wsus.simulator.model;

import java.time.Instant;

/**
 * How a synchronization ended.
 *
 * @param outcome succeeded, failed or canceled
 * @param error the error (NOT_APPLICABLE on success)
 * @param errorText the error text (empty on success)
 * @param started when it started
 * @param finished when it ended
 * @param categoryOnly whether it was a categories-only sync
 */
public record SyncResult(
    Outcome outcome,
    SyncError error,
    String errorText,
    Instant started,
    Instant finished,
    boolean categoryOnly) {

  /** SynchronizationResult values that can end a sync (wsus-facts.md §1). */
  public enum Outcome {
    SUCCEEDED,
    FAILED,
    CANCELED
  }
}
