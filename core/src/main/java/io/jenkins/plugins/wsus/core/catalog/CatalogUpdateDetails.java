package io.jenkins.plugins.wsus.core.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The details of one catalog update ({@code ScopedViewInline.aspx?updateid=}).
 *
 * @param updateId the update id shown on the page
 * @param title the title
 * @param lastModified the "Last Modified" date, when shown
 * @param kbs KB article numbers without the "KB" prefix, e.g. "5025305"
 * @param msrcNumber the MSRC bulletin number; empty for "n/a"
 * @param msrcSeverity the MSRC severity; empty for "n/a"
 * @param classification e.g. "Security Updates"
 * @param products supported products
 * @param architectures architectures; empty for "n/a"
 * @param languages supported languages ("all" kept as a value)
 * @param rebootBehavior e.g. "Can request restart"; empty when not shown
 * @param supersededBy update ids of the updates that replace this one (empty for "n/a")
 * @param supersedes titles of the updates this one replaces (the page gives no ids for them)
 */
public record CatalogUpdateDetails(
    UUID updateId,
    String title,
    Optional<LocalDate> lastModified,
    List<String> kbs,
    Optional<String> msrcNumber,
    Optional<String> msrcSeverity,
    String classification,
    List<String> products,
    List<String> architectures,
    List<String> languages,
    String rebootBehavior,
    List<UUID> supersededBy,
    List<String> supersedes) {
  public CatalogUpdateDetails {
    kbs = List.copyOf(kbs);
    products = List.copyOf(products);
    architectures = List.copyOf(architectures);
    languages = List.copyOf(languages);
    supersededBy = List.copyOf(supersededBy);
    supersedes = List.copyOf(supersedes);
  }

  /** Whether another update replaces this one. */
  public boolean isSuperseded() {
    return !supersededBy.isEmpty();
  }
}
