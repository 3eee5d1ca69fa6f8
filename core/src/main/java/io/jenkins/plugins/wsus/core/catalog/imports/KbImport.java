package io.jenkins.plugins.wsus.core.catalog.imports;

import io.jenkins.plugins.wsus.core.catalog.CandidateDecision;
import java.util.List;
import java.util.UUID;

/**
 * One KB of a {@link CatalogImportRequest}: how it resolved in the catalog (with a reason for every
 * candidate) and what became of each chosen update.
 *
 * @param kb the KB, e.g. "KB5062572"
 * @param status the KB's status
 * @param searchComplete false when the catalog capped the search, so a match may be missing
 * @param chosen the chosen update ids, in the resolver's order
 * @param candidates every candidate with its decision (chosen or skipped, and why)
 * @param updates the chosen updates and what happened to them
 * @param warnings notes from the resolution (incomplete search, no match)
 * @param failure why the KB could not be resolved, null when it was
 */
public record KbImport(
    String kb,
    KbStatus status,
    boolean searchComplete,
    List<UUID> chosen,
    List<CandidateDecision> candidates,
    List<UpdateImport> updates,
    List<String> warnings,
    ImportFailure failure) {
  public KbImport {
    chosen = List.copyOf(chosen == null ? List.of() : chosen);
    candidates = List.copyOf(candidates == null ? List.of() : candidates);
    updates = List.copyOf(updates == null ? List.of() : updates);
    warnings = List.copyOf(warnings == null ? List.of() : warnings);
  }

  /** The candidates that were not chosen, each with its reason. */
  public List<CandidateDecision> skipped() {
    return candidates.stream().filter(c -> !c.reason().isChosen()).toList();
  }
}
