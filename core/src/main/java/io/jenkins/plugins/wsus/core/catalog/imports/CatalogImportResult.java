package io.jenkins.plugins.wsus.core.catalog.imports;

import java.time.Instant;
import java.util.List;

/**
 * What one {@link CatalogImportRequest} came to, KB by KB. Jackson-serializable: the {@code
 * wsusCatalogImport} step returns it (as a map) and {@code wsusctl catalog import} prints it. Holds
 * no secret.
 *
 * @param server the server
 * @param runId the request's run id
 * @param status the overall status
 * @param start when the import started
 * @param end when it ended
 * @param kbs one entry per requested KB, in the request's order
 * @param summary one line for a log
 */
public record CatalogImportResult(
    String server,
    String runId,
    ImportStatus status,
    Instant start,
    Instant end,
    List<KbImport> kbs,
    String summary) {
  public CatalogImportResult {
    kbs = List.copyOf(kbs == null ? List.of() : kbs);
  }

  /** Every chosen update of every KB, in order. */
  public List<UpdateImport> updates() {
    return kbs.stream().flatMap(k -> k.updates().stream()).toList();
  }

  /** The updates now on the server (imported or already there), in order. */
  public List<UpdateImport> delivered() {
    return updates().stream().filter(u -> u.status().isDelivered()).toList();
  }

  /** Whether every KB delivered. */
  public boolean succeeded() {
    return status == ImportStatus.SUCCEEDED;
  }
}
