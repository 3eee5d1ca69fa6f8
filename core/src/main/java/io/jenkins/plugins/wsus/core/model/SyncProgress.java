package io.jenkins.plugins.wsus.core.model;

/**
 * Progress of the running synchronization ({@code GetServerSyncProgress}).
 *
 * @param phase the phase the server reports
 * @param total items to process in this phase
 * @param processed items processed so far
 */
public record SyncProgress(SynchronizationPhase phase, long total, long processed) {
  public SyncProgress {
    if (phase == null) {
      throw new IllegalArgumentException("phase must not be null");
    }
  }
}
