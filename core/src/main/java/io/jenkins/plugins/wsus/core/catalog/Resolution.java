package io.jenkins.plugins.wsus.core.catalog;

import java.util.List;
import java.util.UUID;

/**
 * The result of resolving one KB number to catalog update ids.
 *
 * @param kb the KB number, digits only
 * @param query the catalog search text used
 * @param chosen the chosen update ids in the documented order (see {@link CatalogResolver})
 * @param candidates every candidate seen (search rows, then superseders), with the decision
 * @param searchComplete false when the catalog capped the results or the page limit was hit, so a
 *     matching update may not have been seen
 * @param warnings human notes for the report (incomplete search, no match)
 */
public record Resolution(
    String kb,
    String query,
    List<UUID> chosen,
    List<CandidateDecision> candidates,
    boolean searchComplete,
    List<String> warnings) {
  public Resolution {
    chosen = List.copyOf(chosen);
    candidates = List.copyOf(candidates);
    warnings = List.copyOf(warnings);
  }

  /** Whether at least one update was chosen. */
  public boolean isResolved() {
    return !chosen.isEmpty();
  }
}
