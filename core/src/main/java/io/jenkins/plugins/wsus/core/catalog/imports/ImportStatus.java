package io.jenkins.plugins.wsus.core.catalog.imports;

/** What a whole catalog import came to. */
public enum ImportStatus {
  /** Every KB delivered. */
  SUCCEEDED,
  /** Some updates delivered, some KBs not (unresolved or failed). */
  PARTIAL,
  /** Nothing delivered. */
  FAILED
}
