package io.jenkins.plugins.wsus.core.catalog.imports;

import io.jenkins.plugins.wsus.core.catalog.ResolutionCriteria;
import java.util.Optional;

/**
 * The catalog filters of an import, in a JSON-friendly shape (null means "no filter"); {@link
 * #toCriteria()} gives the {@link ResolutionCriteria} the resolver uses.
 *
 * @param product keep only updates listing this product, e.g. "Microsoft Server operating
 *     system-21H2"
 * @param classification keep only this classification, e.g. "Security Updates"
 * @param architecture keep only x64, x86 or ARM64
 * @param language keep only updates supporting this language (or "all")
 * @param excludePreviews skip preview releases
 * @param excludeDynamicUpdates skip Dynamic Updates
 * @param followSupersedence import the newest eligible superseder instead of a superseded update
 * @param maxSupersedenceDepth superseded-by hops followed at most (0..20)
 * @param maxSearchPages catalog result pages read per KB (at least 1)
 */
public record ImportFilters(
    String product,
    String classification,
    String architecture,
    String language,
    boolean excludePreviews,
    boolean excludeDynamicUpdates,
    boolean followSupersedence,
    int maxSupersedenceDepth,
    int maxSearchPages) {

  public ImportFilters {
    product = blankToNull(product);
    classification = blankToNull(classification);
    architecture = blankToNull(architecture);
    language = blankToNull(language);
    toCriteria(
        product,
        classification,
        architecture,
        language,
        excludePreviews,
        excludeDynamicUpdates,
        followSupersedence,
        maxSupersedenceDepth,
        maxSearchPages); // validates (architecture name, depth, pages) with the resolver's rules
  }

  /** No filter, supersedence not followed (the resolver's defaults). */
  public static ImportFilters none() {
    return of(ResolutionCriteria.any());
  }

  /** The same filters as {@code c}. */
  public static ImportFilters of(ResolutionCriteria c) {
    return new ImportFilters(
        c.product().orElse(null),
        c.classification().orElse(null),
        c.architecture().orElse(null),
        c.language().orElse(null),
        c.excludePreviews(),
        c.excludeDynamicUpdates(),
        c.followSupersedence(),
        c.maxSupersedenceDepth(),
        c.maxSearchPages());
  }

  /** The criteria for {@link io.jenkins.plugins.wsus.core.catalog.CatalogResolver}. */
  public ResolutionCriteria toCriteria() {
    return toCriteria(
        product,
        classification,
        architecture,
        language,
        excludePreviews,
        excludeDynamicUpdates,
        followSupersedence,
        maxSupersedenceDepth,
        maxSearchPages);
  }

  private static ResolutionCriteria toCriteria(
      String product,
      String classification,
      String architecture,
      String language,
      boolean excludePreviews,
      boolean excludeDynamicUpdates,
      boolean followSupersedence,
      int maxSupersedenceDepth,
      int maxSearchPages) {
    return new ResolutionCriteria(
        Optional.ofNullable(product),
        Optional.ofNullable(classification),
        Optional.ofNullable(architecture),
        Optional.ofNullable(language),
        excludePreviews,
        excludeDynamicUpdates,
        followSupersedence,
        maxSupersedenceDepth,
        maxSearchPages);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
