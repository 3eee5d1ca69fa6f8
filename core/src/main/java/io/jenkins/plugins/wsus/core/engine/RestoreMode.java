package io.jenkins.plugins.wsus.core.engine;

/** When a degraded sync puts the quarantined classifications back into the subscription. */
public enum RestoreMode {
  /** Right after the degraded sync: the server's own scheduled syncs see the full set again. */
  IMMEDIATELY,
  /**
   * Keep the quarantine on the server; the next sync the engine runs for that server restores the
   * original set first and completes the journal entry only when that full sync succeeds.
   */
  ON_NEXT_HEALTHY_SYNC
}
