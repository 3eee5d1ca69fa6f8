package io.jenkins.plugins.wsus.simulator.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One update in a simulated catalog.
 *
 * @param updateId the catalog update id
 * @param revisionNumber the revision the WSUS import would create
 * @param title the title, usually ending in "(KBnnnnnnn)"
 * @param kb the KB number, digits only ("" for updates without one, e.g. drivers)
 * @param products product names as the catalog lists them
 * @param classification e.g. "Security Updates"
 * @param lastUpdated the "Last Updated" date
 * @param version the version column ("n/a" for most updates)
 * @param sizeBytes size in bytes (may exceed 2^31)
 * @param architecture e.g. "AMD64", or "n/a"
 * @param languages supported languages, e.g. ["all"]
 * @param msrcNumber MSRC bulletin number, or "n/a"
 * @param msrcSeverity MSRC severity, or "n/a"
 * @param rebootBehavior e.g. "Can request restart"
 * @param supersededBy ids of the updates that replace this one
 * @param files the files the download dialog lists
 */
public record CatalogEntry(
    UUID updateId,
    int revisionNumber,
    String title,
    String kb,
    List<String> products,
    String classification,
    LocalDate lastUpdated,
    String version,
    long sizeBytes,
    String architecture,
    List<String> languages,
    String msrcNumber,
    String msrcSeverity,
    String rebootBehavior,
    List<UUID> supersededBy,
    List<CatalogFile> files) {
  public CatalogEntry {
    Objects.requireNonNull(updateId, "updateId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(lastUpdated, "lastUpdated");
    products = List.copyOf(products);
    languages = List.copyOf(languages);
    supersededBy = List.copyOf(supersededBy);
    files = List.copyOf(files);
    if (sizeBytes < 0) {
      throw new IllegalArgumentException("sizeBytes must not be negative");
    }
  }

  /** A copy with a different superseded-by list. */
  public CatalogEntry withSupersededBy(List<UUID> ids) {
    return new CatalogEntry(
        updateId,
        revisionNumber,
        title,
        kb,
        products,
        classification,
        lastUpdated,
        version,
        sizeBytes,
        architecture,
        languages,
        msrcNumber,
        msrcSeverity,
        rebootBehavior,
        ids,
        files);
  }

  /** A copy with different files. */
  public CatalogEntry withFiles(List<CatalogFile> newFiles) {
    return new CatalogEntry(
        updateId,
        revisionNumber,
        title,
        kb,
        products,
        classification,
        lastUpdated,
        version,
        sizeBytes,
        architecture,
        languages,
        msrcNumber,
        msrcSeverity,
        rebootBehavior,
        supersededBy,
        newFiles);
  }
}
