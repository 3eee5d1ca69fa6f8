package io.jenkins.plugins.wsus.core.engine;

import io.jenkins.plugins.wsus.core.evidence.SyncPath;
import java.util.List;

/**
 * What a fallback strategy came to.
 *
 * @param succeeded whether updates came in
 * @param path the path it delivered ({@link SyncPath#DEGRADED} or {@link SyncPath#CATALOG})
 * @param syncs syncs it ran (test syncs of a bisection count)
 * @param quarantined classifications/products excluded (degraded sync)
 * @param importedUpdates update ids imported (catalog)
 * @param explanation one line for the log and the evidence
 */
public record FallbackResult(
    boolean succeeded,
    SyncPath path,
    int syncs,
    List<QuarantinedCategory> quarantined,
    List<String> importedUpdates,
    String explanation) {

  public FallbackResult {
    quarantined = List.copyOf(quarantined == null ? List.of() : quarantined);
    importedUpdates = List.copyOf(importedUpdates == null ? List.of() : importedUpdates);
  }

  /** A failure with an explanation. */
  public static FallbackResult failed(SyncPath path, int syncs, String explanation) {
    return new FallbackResult(false, path, syncs, List.of(), List.of(), explanation);
  }
}
