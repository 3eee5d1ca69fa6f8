package io.jenkins.plugins.wsus.core.engine;

import java.util.concurrent.CompletableFuture;

/**
 * One caller's view of a sync request. The outcome future never completes exceptionally: every
 * ending is a {@link SyncOutcome}. Callers that want to block call {@code outcome().join()}.
 */
public interface SyncHandle {
  /** Completes with the outcome. */
  CompletableFuture<SyncOutcome> outcome();

  /**
   * This caller aborts: its outcome becomes CANCELED at once. The running sync is stopped (and any
   * quarantine undone) only when every caller attached to it has aborted.
   */
  void cancel(String reason);

  /** The run id of the flight this caller is attached to. */
  String runId();

  /** True when this caller attached to a flight another request started. */
  boolean attached();
}
