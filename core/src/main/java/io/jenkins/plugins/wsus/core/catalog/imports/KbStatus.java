package io.jenkins.plugins.wsus.core.catalog.imports;

/** What the import of one KB came to. */
public enum KbStatus {
  /** Every chosen update is on the server (and approved, if asked). */
  DELIVERED,
  /** Some chosen updates are on the server, some are not (or their approval failed). */
  PARTIAL,
  /** The catalog has no update for the KB that passes the filters. */
  UNRESOLVED,
  /** The catalog could not be read, or no chosen update reached the server. */
  FAILED
}
