package io.jenkins.plugins.wsus.cli;

import io.jenkins.plugins.wsus.core.catalog.CandidateDecision;
import io.jenkins.plugins.wsus.core.catalog.imports.CatalogImportResult;
import io.jenkins.plugins.wsus.core.catalog.imports.ImportListener;
import io.jenkins.plugins.wsus.core.catalog.imports.ImportStatus;
import io.jenkins.plugins.wsus.core.catalog.imports.KbImport;
import io.jenkins.plugins.wsus.core.catalog.imports.UpdateImport;
import io.jenkins.plugins.wsus.core.resilience.RetryNotice;
import java.io.PrintStream;
import java.io.PrintWriter;

/** Prints catalog imports and approvals; one exit code rule for both. */
final class ImportResults {
  private ImportResults() {}

  static ImportListener toConsole(PrintStream out, String prefix) {
    return new ImportListener() {
      @Override
      public void onProgress(String line) {
        out.println(prefix + line);
      }

      @Override
      public void onRetry(RetryNotice notice) {
        out.println(prefix + notice.describe());
      }
    };
  }

  static void print(PrintWriter out, CatalogImportResult r) {
    out.println(r.summary());
    for (KbImport kb : r.kbs()) {
      out.println("  " + kb.kb() + ": " + kb.status());
      for (UpdateImport u : kb.updates()) {
        out.println(
            "    "
                + u.status()
                + " "
                + u.updateId()
                + " "
                + u.title()
                + (u.approval() == null
                    ? ""
                    : u.approval().approved()
                        ? " — approved for " + u.approval().targetGroup()
                        : " — NOT approved: " + u.approval().detail()));
      }
      for (CandidateDecision d : kb.skipped()) {
        out.println("    skipped " + d.updateId() + " " + d.title() + ": " + d.explanation());
      }
    }
    out.flush();
  }

  static int exitCode(CatalogImportResult r) {
    return r.status() == ImportStatus.SUCCEEDED ? ExitCode.OK : ExitCode.FAILED;
  }
}
