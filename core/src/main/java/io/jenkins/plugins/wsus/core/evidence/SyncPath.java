package io.jenkins.plugins.wsus.core.evidence;

/** Which way a run got its updates. */
public enum SyncPath {
  /** A normal synchronization from the upstream. */
  UPSTREAM,
  /** A synchronization with a quarantined classification or product. */
  DEGRADED,
  /** Updates imported from the Microsoft Update Catalog. */
  CATALOG,
  /** No path succeeded (or none was needed, e.g. a gate-only run). */
  NONE
}
