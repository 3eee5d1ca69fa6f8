package io.jenkins.plugins.wsus.core.catalog;

import java.util.UUID;

/**
 * The read operations {@link CatalogResolver} needs; {@link CatalogClient} implements it, and a
 * caching or rate-limited wrapper can too.
 */
public interface CatalogLookup {
  /** Searches, following at most {@code maxPages} pages. */
  CatalogSearchResult search(String query, int maxPages);

  /** The details page of one update. */
  CatalogUpdateDetails details(UUID updateId);
}
