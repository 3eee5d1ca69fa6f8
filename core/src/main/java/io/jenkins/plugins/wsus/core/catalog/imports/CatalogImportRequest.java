package io.jenkins.plugins.wsus.core.catalog.imports;

import io.jenkins.plugins.wsus.core.catalog.CatalogResolver;
import io.jenkins.plugins.wsus.core.catalog.ResolutionCriteria;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One request to import KBs from the Microsoft Update Catalog into one WSUS server. Immutable and
 * Jackson-serializable; front ends (the {@code wsusCatalogImport} step, {@code wsusctl catalog
 * import}) build it and nothing else.
 *
 * @param server the server's configured name
 * @param kbs the KB numbers ("KB5062572" or "5062572"), normalized to "KB" + digits, duplicates
 *     removed, order kept
 * @param filters which catalog updates of each KB to import
 * @param approval approve the delivered updates for a target group, null for no approval
 * @param runId identifies the run in the journal and the result (a fresh one when blank)
 * @param requestedBy who asked (user or job), recorded in the journal
 */
public record CatalogImportRequest(
    String server,
    List<String> kbs,
    ResolutionCriteria filters,
    ImportApproval approval,
    String runId,
    String requestedBy) {

  /** Upper bound on KBs in one request: a guard against a pasted catalog export. */
  public static final int MAX_KBS = 100;

  public CatalogImportRequest {
    if (server == null || server.isBlank()) {
      throw new IllegalArgumentException("catalog import: the server must be named");
    }
    if (kbs == null || kbs.isEmpty()) {
      throw new IllegalArgumentException("catalog import: at least one KB is required");
    }
    Set<String> normalized = new LinkedHashSet<>();
    List<String> bad = new ArrayList<>();
    for (String kb : kbs) {
      try {
        normalized.add("KB" + CatalogResolver.normalizeKb(kb));
      } catch (IllegalArgumentException e) {
        bad.add(String.valueOf(kb));
      }
    }
    if (!bad.isEmpty()) {
      throw new IllegalArgumentException(
          "catalog import: not KB numbers: " + bad + " (expected e.g. KB5062572)");
    }
    if (normalized.size() > MAX_KBS) {
      throw new IllegalArgumentException(
          "catalog import: " + normalized.size() + " KBs, at most " + MAX_KBS + " per request");
    }
    kbs = List.copyOf(normalized);
    filters = filters == null ? ResolutionCriteria.any() : filters;
    runId = runId == null || runId.isBlank() ? UUID.randomUUID().toString() : runId;
    requestedBy = requestedBy == null || requestedBy.isBlank() ? "unknown" : requestedBy;
  }

  /** Starts a request for {@code server} and {@code kbs}. */
  public static Builder builder(String server, List<String> kbs) {
    return new Builder(server, kbs);
  }

  /** Builds a {@link CatalogImportRequest}. */
  public static final class Builder {
    private final String server;
    private final List<String> kbs;
    private ResolutionCriteria filters = ResolutionCriteria.any();
    private ImportApproval approval;
    private String runId;
    private String requestedBy;

    private Builder(String server, List<String> kbs) {
      this.server = server;
      this.kbs = kbs == null ? List.of() : new ArrayList<>(kbs);
    }

    public Builder filters(ResolutionCriteria value) {
      this.filters = value;
      return this;
    }

    /** Approve the delivered updates; null for none. */
    public Builder approval(ImportApproval value) {
      this.approval = value;
      return this;
    }

    public Builder runId(String value) {
      this.runId = value;
      return this;
    }

    public Builder requestedBy(String value) {
      this.requestedBy = value;
      return this;
    }

    public CatalogImportRequest build() {
      return new CatalogImportRequest(server, kbs, filters, approval, runId, requestedBy);
    }
  }
}
