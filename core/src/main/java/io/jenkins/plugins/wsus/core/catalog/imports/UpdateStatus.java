package io.jenkins.plugins.wsus.core.catalog.imports;

/** What happened to one chosen catalog update. */
public enum UpdateStatus {
  /** Imported now and verified on the server. */
  IMPORTED,
  /** The server already knew it: not imported again. */
  ALREADY_PRESENT,
  /** Stopped at some stage; see the failure. */
  FAILED,
  /** Not tried: the run ended (canceled, timed out) before. */
  NOT_ATTEMPTED;

  /** Whether the server has the update now (imported or already there). */
  public boolean isDelivered() {
    return this == IMPORTED || this == ALREADY_PRESENT;
  }
}
