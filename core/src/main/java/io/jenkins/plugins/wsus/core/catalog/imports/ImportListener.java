package io.jenkins.plugins.wsus.core.catalog.imports;

import io.jenkins.plugins.wsus.core.resilience.RetryNotice;
import java.util.List;

/**
 * Hears one catalog import (a build log, the CLI's console, the engine's flight log). Called on the
 * importer's threads: return quickly, never block. Every method has a no-op default.
 */
public interface ImportListener {
  /** A listener that ignores everything. */
  ImportListener NONE = new ImportListener() {};

  /** One listener telling all of these, in order (e.g. the build log and the evidence). */
  static ImportListener all(ImportListener... listeners) {
    List<ImportListener> list = List.of(listeners);
    return new ImportListener() {
      @Override
      public void onProgress(String line) {
        list.forEach(l -> l.onProgress(line));
      }

      @Override
      public void onJournalStep(String step, String detail) {
        list.forEach(l -> l.onJournalStep(step, detail));
      }

      @Override
      public void onRetry(RetryNotice notice) {
        list.forEach(l -> l.onRetry(notice));
      }

      @Override
      public void onUpdate(UpdateImport update) {
        list.forEach(l -> l.onUpdate(update));
      }

      @Override
      public void onKb(KbImport kb) {
        list.forEach(l -> l.onKb(kb));
      }
    };
  }

  /** A progress line: one per KB and one per update. */
  default void onProgress(String line) {}

  /** A journal step was written (PENDING before a change, APPLIED, COMPLETED, UNDONE). */
  default void onJournalStep(String step, String detail) {}

  /** A catalog or server call is retried after a delay, or given up. */
  default void onRetry(RetryNotice notice) {}

  /** One chosen update is done (delivered, failed or not attempted). */
  default void onUpdate(UpdateImport update) {}

  /** One KB is done (after its updates). */
  default void onKb(KbImport kb) {}
}
