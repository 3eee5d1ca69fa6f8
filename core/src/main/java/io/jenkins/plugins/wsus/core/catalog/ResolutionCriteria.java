package io.jenkins.plugins.wsus.core.catalog;

import java.util.Optional;

/**
 * Filters and options of a {@link CatalogResolver} run. Start from {@link #any()}.
 *
 * @param product keep only updates listing this product (case-insensitive, exact name)
 * @param classification keep only this classification (case-insensitive, exact name)
 * @param architecture keep only this architecture: x64, x86 or ARM64 (read from the title)
 * @param language keep only updates supporting this language or "all" (needs the details page)
 * @param excludePreviews skip titles with the word "Preview"
 * @param excludeDynamicUpdates skip Dynamic Updates (title word "Dynamic", or a "-DU" product)
 * @param followSupersedence replace a superseded update by its newest eligible superseder
 * @param maxSupersedenceDepth how many superseded-by hops to follow at most
 * @param maxSearchPages how many search pages to read per KB
 */
public record ResolutionCriteria(
    Optional<String> product,
    Optional<String> classification,
    Optional<String> architecture,
    Optional<String> language,
    boolean excludePreviews,
    boolean excludeDynamicUpdates,
    boolean followSupersedence,
    int maxSupersedenceDepth,
    int maxSearchPages) {

  public ResolutionCriteria {
    product = product.map(String::trim).filter(s -> !s.isEmpty());
    classification = classification.map(String::trim).filter(s -> !s.isEmpty());
    architecture = architecture.map(CatalogResolver::normalizeArchitecture);
    language = language.map(String::trim).filter(s -> !s.isEmpty());
    if (maxSupersedenceDepth < 0 || maxSupersedenceDepth > 20) {
      throw new IllegalArgumentException("maxSupersedenceDepth must be 0..20");
    }
    if (maxSearchPages < 1) {
      throw new IllegalArgumentException("maxSearchPages must be at least 1");
    }
  }

  /** No filter, previews and Dynamic Updates kept, supersedence not followed, 4 search pages. */
  public static ResolutionCriteria any() {
    return new ResolutionCriteria(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        false,
        false,
        false,
        5,
        4);
  }

  public ResolutionCriteria withProduct(String value) {
    return new ResolutionCriteria(
        Optional.ofNullable(value),
        classification,
        architecture,
        language,
        excludePreviews,
        excludeDynamicUpdates,
        followSupersedence,
        maxSupersedenceDepth,
        maxSearchPages);
  }

  public ResolutionCriteria withClassification(String value) {
    return new ResolutionCriteria(
        product,
        Optional.ofNullable(value),
        architecture,
        language,
        excludePreviews,
        excludeDynamicUpdates,
        followSupersedence,
        maxSupersedenceDepth,
        maxSearchPages);
  }

  public ResolutionCriteria withArchitecture(String value) {
    return new ResolutionCriteria(
        product,
        classification,
        Optional.ofNullable(value),
        language,
        excludePreviews,
        excludeDynamicUpdates,
        followSupersedence,
        maxSupersedenceDepth,
        maxSearchPages);
  }

  public ResolutionCriteria withLanguage(String value) {
    return new ResolutionCriteria(
        product,
        classification,
        architecture,
        Optional.ofNullable(value),
        excludePreviews,
        excludeDynamicUpdates,
        followSupersedence,
        maxSupersedenceDepth,
        maxSearchPages);
  }

  public ResolutionCriteria excludingPreviews() {
    return new ResolutionCriteria(
        product,
        classification,
        architecture,
        language,
        true,
        excludeDynamicUpdates,
        followSupersedence,
        maxSupersedenceDepth,
        maxSearchPages);
  }

  public ResolutionCriteria excludingDynamicUpdates() {
    return new ResolutionCriteria(
        product,
        classification,
        architecture,
        language,
        excludePreviews,
        true,
        followSupersedence,
        maxSupersedenceDepth,
        maxSearchPages);
  }

  public ResolutionCriteria followingSupersedence(int maxDepth) {
    return new ResolutionCriteria(
        product,
        classification,
        architecture,
        language,
        excludePreviews,
        excludeDynamicUpdates,
        true,
        maxDepth,
        maxSearchPages);
  }

  public ResolutionCriteria withMaxSearchPages(int pages) {
    return new ResolutionCriteria(
        product,
        classification,
        architecture,
        language,
        excludePreviews,
        excludeDynamicUpdates,
        followSupersedence,
        maxSupersedenceDepth,
        pages);
  }
}
