package io.jenkins.plugins.wsus.core.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One row of a catalog search page.
 *
 * @param updateId the catalog update id (row id {@code <guid>_R<n>})
 * @param title the title link text
 * @param products the products cell, split into product names
 * @param classification e.g. "Security Updates"
 * @param lastUpdated the "Last Updated" cell
 * @param version the version cell ("n/a" for most updates)
 * @param sizeText the human size, e.g. "765.0 MB"
 * @param sizeBytes the exact size in bytes (may exceed 2^31)
 */
public record CatalogSearchRow(
    UUID updateId,
    String title,
    List<String> products,
    String classification,
    LocalDate lastUpdated,
    String version,
    String sizeText,
    long sizeBytes) {
  public CatalogSearchRow {
    products = List.copyOf(products);
  }
}
