package io.jenkins.plugins.wsus.simulator.model;

/**
 * What GetSubscriptionState and GetServerSyncProgress report.
 *
 * @param status SynchronizationStatus (0 NotProcessing, 1 Running, 2 Stopping)
 * @param phase SynchronizationPhase (0 NotProcessing, 1 Updates, 2 Approvals)
 * @param total items to process in the phase
 * @param processed items processed
 */
public record SyncProgress(int status, int phase, int total, int processed) {

  /** Nothing running. */
  public static final SyncProgress IDLE = new SyncProgress(0, 0, 0, 0);

  /** True unless NotProcessing. */
  public boolean isRunning() {
    return status != 0;
  }
}
