package io.jenkins.plugins.wsus.core.catalog.imports;

import io.jenkins.plugins.wsus.core.catalog.CatalogResolver;
import io.jenkins.plugins.wsus.core.catalog.ResolutionCriteria;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the catalog fallback imports when the upstream path fails (configured once, e.g. the July
 * 2025 cumulative updates for the server's operating systems).
 *
 * @param kbs the KBs to import; empty means the fallback never applies
 * @param filters which catalog updates of each KB
 * @param approval approve what was delivered, null for none
 * @param requireAll whether every KB must be delivered for the fallback to count as a success
 *     (true: a partial import leaves the sync failed, with the import's summary as the reason)
 */
public record CatalogImportPlan(
    List<String> kbs, ResolutionCriteria filters, ImportApproval approval, boolean requireAll) {
  public CatalogImportPlan {
    Set<String> normalized = new LinkedHashSet<>();
    for (String kb : kbs == null ? List.<String>of() : kbs) {
      normalized.add("KB" + CatalogResolver.normalizeKb(kb));
    }
    kbs = List.copyOf(normalized);
    filters = filters == null ? ResolutionCriteria.any() : filters;
  }

  /** Import these KBs without filters or approval; every KB must be delivered. */
  public static CatalogImportPlan of(List<String> kbs) {
    return new CatalogImportPlan(kbs, ResolutionCriteria.any(), null, true);
  }
}
