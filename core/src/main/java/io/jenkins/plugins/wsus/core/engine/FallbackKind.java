package io.jenkins.plugins.wsus.core.engine;

/** The fallback strategies a {@link SyncPolicy} can list, tried in the listed order. */
public enum FallbackKind {
  /** Quarantine the classifications (and products) whose revisions fail, sync the rest. */
  DEGRADED_SYNC,
  /**
   * Import the needed updates from the Microsoft Update Catalog ({@link FallbackStrategy} seam).
   */
  CATALOG_IMPORT
}
