package io.jenkins.plugins.wsus.core.catalog;

import java.util.List;

/**
 * The rows of a catalog search over one or more pages, with everything needed to tell whether the
 * result is complete. The catalog returns at most 1000 results; when it says so, {@link
 * #resultCapHit()} is true, and when the client stopped at its page limit, {@link #pageLimitHit()}
 * is true. Neither is ever silent.
 *
 * @param query the search text
 * @param rows the rows of all pages fetched, in catalog order
 * @param countText the count text of the first page, e.g. "1 - 25 of 1000 (page 1 of 40)"
 * @param totalCount the "of N" figure of the first page
 * @param pagesFetched how many pages were fetched
 * @param pageCount the page count the catalog announced
 * @param resultCapHit whether the catalog said only the first 1000 results are returned
 * @param pageLimitHit whether more pages existed than the client was allowed to fetch
 */
public record CatalogSearchResult(
    String query,
    List<CatalogSearchRow> rows,
    String countText,
    int totalCount,
    int pagesFetched,
    int pageCount,
    boolean resultCapHit,
    boolean pageLimitHit) {
  public CatalogSearchResult {
    rows = List.copyOf(rows);
  }

  /** Whether every matching update is in {@link #rows()}. */
  public boolean isComplete() {
    return !resultCapHit && !pageLimitHit;
  }

  /** Whether the catalog had no result at all. */
  public boolean isEmpty() {
    return rows.isEmpty();
  }
}
