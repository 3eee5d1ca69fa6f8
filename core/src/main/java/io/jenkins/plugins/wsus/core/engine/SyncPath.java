package io.jenkins.plugins.wsus.core.engine;

/** Which way the updates came in. */
public enum SyncPath {
  /** A normal sync with the upstream server. */
  UPSTREAM,
  /** A sync with some classifications (or products) quarantined. */
  DEGRADED,
  /** Updates imported from the Microsoft Update Catalog. */
  CATALOG,
  /** Nothing came in. */
  NONE
}
