package io.jenkins.plugins.wsus.core.catalog;

import java.util.List;

/**
 * One parsed search page.
 *
 * @param rows the rows in page order
 * @param countText the count text as shown, e.g. "1 - 25 of 1000 (page 1 of 40)"; empty on the
 *     no-results page
 * @param totalCount the "of N" figure (0 when no results)
 * @param pageNumber the one-based page number shown ("page n of m")
 * @param pageCount the page count shown
 * @param resultCapHit whether the page says only the first 1000 results are returned
 * @param hasNextPage whether the page has the next-page link
 * @param noResults whether this is the catalog's "no results" page
 */
public record CatalogSearchPage(
    List<CatalogSearchRow> rows,
    String countText,
    int totalCount,
    int pageNumber,
    int pageCount,
    boolean resultCapHit,
    boolean hasNextPage,
    boolean noResults) {
  public CatalogSearchPage {
    rows = List.copyOf(rows);
  }

  static CatalogSearchPage empty() {
    return new CatalogSearchPage(List.of(), "", 0, 0, 0, false, false, true);
  }
}
