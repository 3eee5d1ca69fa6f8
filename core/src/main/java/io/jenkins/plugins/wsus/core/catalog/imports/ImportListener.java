package io.jenkins.plugins.wsus.core.catalog.imports;

import io.jenkins.plugins.wsus.core.resilience.RetryNotice;

/**
 * Hears one catalog import (a build log, the CLI's console, the engine's flight log). Called on the
 * importer's threads: return quickly, never block. Every method has a no-op default.
 */
public interface ImportListener {
  /** A listener that ignores everything. */
  ImportListener NONE = new ImportListener() {};

  /** A progress line: one per KB and one per update. */
  default void onProgress(String line) {}

  /** A journal step was written (PENDING before a change, APPLIED, COMPLETED, UNDONE). */
  default void onJournalStep(String step, String detail) {}

  /** A catalog or server call is retried after a delay, or given up. */
  default void onRetry(RetryNotice notice) {}
}
