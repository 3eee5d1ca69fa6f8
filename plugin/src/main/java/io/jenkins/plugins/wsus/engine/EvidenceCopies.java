package io.jenkins.plugins.wsus.engine;

import io.jenkins.plugins.wsus.core.evidence.EvidenceStore;
import io.jenkins.plugins.wsus.core.orchestrator.Orchestrator;
import io.jenkins.plugins.wsus.ops.OperationContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Archives a run's evidence (JSON and the self-contained HTML report) with the build, so it lives
 * as long as the build does, whatever the engine's own retention.
 */
final class EvidenceCopies {
  private static final Logger LOG = Logger.getLogger(EvidenceCopies.class.getName());

  private EvidenceCopies() {}

  /** Copies the run's evidence into the build's evidence folder; returns the JSON file's name. */
  static String copy(Orchestrator orchestrator, String runId, OperationContext context) {
    EvidenceStore.Paths paths = orchestrator.evidenceOf(runId);
    try {
      Path dir = Files.createDirectories(context.evidenceDirectory());
      String json = null;
      for (Path source : new Path[] {paths.json(), paths.html()}) {
        if (source != null && Files.isRegularFile(source)) {
          Path target = dir.resolve(source.getFileName().toString());
          Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
          if (target.toString().endsWith(".json")) {
            json = target.getFileName().toString();
          }
        }
      }
      if (json != null) {
        context.log().println("[WSUS] Evidence archived with the build: " + dir.resolve(json));
      }
      return json;
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Cannot archive the evidence of WSUS run " + runId, e);
      context
          .log()
          .println("[WSUS] Could not archive the evidence with the build: " + e.getMessage());
      return null;
    }
  }
}
