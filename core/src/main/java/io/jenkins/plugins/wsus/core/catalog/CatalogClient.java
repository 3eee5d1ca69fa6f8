package io.jenkins.plugins.wsus.core.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Client of the Microsoft Update Catalog (or the catalog simulator): search with query-string
 * paging, update details, and download links checked against the host allow-list. Thread-safe;
 * close it to release connections. Every failure is a typed {@link CatalogException}; it never
 * retries.
 *
 * <pre>{@code
 * try (CatalogClient catalog = new CatalogClient(CatalogClientConfig.defaults())) {
 *   CatalogSearchResult r = catalog.search("KB5062553", 2);
 * }
 * }</pre>
 */
public final class CatalogClient implements CatalogLookup, AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final CatalogClientConfig config;
  private final CatalogHttp http;
  private final SearchPageParser searchParser = new SearchPageParser();
  private final DetailsPageParser detailsParser = new DetailsPageParser();
  private final DownloadDialogParser downloadParser = new DownloadDialogParser();

  public CatalogClient(CatalogClientConfig config) {
    this.config = config;
    this.http = new CatalogHttp(config);
  }

  /** The configuration in use. */
  public CatalogClientConfig config() {
    return config;
  }

  /**
   * Searches the catalog and follows the next-page link up to {@code min(maxPages,
   * config.maxPages())} pages, asking for page {@code i} (zero-based) with {@code &p=i}.
   *
   * @throws CatalogUnavailableException on the catalog's error page (transient)
   * @throws CatalogParseException on an unexpected page, including a page that ignored the paging
   *     parameter (rather than silently returning page 1 forty times)
   */
  @Override
  public CatalogSearchResult search(String query, int maxPages) {
    if (query == null || query.isBlank()) {
      throw new IllegalArgumentException("catalog search text must not be blank");
    }
    int limit = Math.min(Math.max(1, maxPages), config.maxPages());
    List<CatalogSearchRow> rows = new ArrayList<>();
    CatalogSearchPage first = null;
    boolean capHit = false;
    boolean pageLimitHit = false;
    int fetched = 0;
    for (int page = 0; page < limit; page++) {
      URI url = searchUrl(query, page);
      CatalogSearchPage p = searchParser.parse(http.get(url), url);
      fetched++;
      if (first == null) {
        first = p;
      }
      if (p.noResults()) {
        if (page > 0) {
          // Returning the rows so far would be a silent truncation.
          throw new CatalogParseException(
              url,
              "page "
                  + (page + 1)
                  + " came back as 'no results' although page 1 announced "
                  + first.pageCount()
                  + " pages");
        }
        break;
      }
      if (p.pageNumber() != page + 1) {
        throw new CatalogParseException(
            url,
            "asked for page "
                + (page + 1)
                + " with '"
                + config.pageParameter()
                + "="
                + page
                + "' but the catalog showed page "
                + p.pageNumber()
                + "; the paging parameter may have changed");
      }
      rows.addAll(p.rows());
      capHit |= p.resultCapHit();
      if (!p.hasNextPage()) {
        break;
      }
      if (page + 1 == limit) {
        pageLimitHit = true;
      }
    }
    return new CatalogSearchResult(
        query,
        rows,
        first.countText(),
        first.totalCount(),
        fetched,
        first.pageCount(),
        capHit,
        pageLimitHit);
  }

  /** Searches with the configured page limit. */
  public CatalogSearchResult search(String query) {
    return search(query, config.maxPages());
  }

  /**
   * The details of one update.
   *
   * @throws CatalogParseException also when the page shows another update id than asked for
   */
  @Override
  public CatalogUpdateDetails details(UUID updateId) {
    URI url = endpoint("ScopedViewInline.aspx?updateid=" + updateId);
    CatalogUpdateDetails d = detailsParser.parse(http.get(url), url);
    if (!d.updateId().equals(updateId)) {
      throw new CatalogParseException(
          url, "details page shows update id " + d.updateId() + " instead of " + updateId);
    }
    return d;
  }

  /**
   * Asks {@code DownloadDialog.aspx} for the files of the given updates and checks every URL
   * against {@link CatalogClientConfig#allowedDownloadHosts()}. A URL on another host is reported
   * in {@link CatalogDownloadInfo#rejected()}, never followed.
   */
  public CatalogDownloadInfo downloadInfo(List<UUID> updateIds) {
    if (updateIds == null || updateIds.isEmpty()) {
      throw new IllegalArgumentException("at least one update id is required");
    }
    Set<UUID> requested = new LinkedHashSet<>(updateIds);
    URI url = endpoint("DownloadDialog.aspx");
    String form =
        "updateIDs=" + URLEncoder.encode(updateIdsJson(requested), StandardCharsets.UTF_8);
    List<CatalogDownloadUpdate> updates = downloadParser.parse(http.postForm(url, form), url);
    List<CatalogDownloadFile> allowed = new ArrayList<>();
    List<RejectedDownload> rejected = new ArrayList<>();
    Set<UUID> missing = new LinkedHashSet<>(requested);
    for (CatalogDownloadUpdate u : updates) {
      missing.remove(u.updateId());
      for (CatalogDownloadFile f : u.files()) {
        String reason = refusal(f.url());
        if (reason == null) {
          allowed.add(f);
        } else {
          rejected.add(new RejectedDownload(f, reason));
        }
      }
    }
    return new CatalogDownloadInfo(updates, allowed, rejected, List.copyOf(missing));
  }

  /** The form value the catalog's own script sends: one object per update. */
  static String updateIdsJson(Iterable<UUID> ids) {
    ArrayNode array = JSON.createArrayNode();
    for (UUID id : ids) {
      array
          .addObject()
          .put("size", 0)
          .put("languages", "")
          .put("uidInfo", id.toString())
          .put("updateID", id.toString());
    }
    return array.toString();
  }

  /** Null when the URL may be followed, else why not. */
  private String refusal(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return "not a valid URL: " + e.getMessage();
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return "scheme '" + scheme + "' is not http or https";
    }
    if (!config.isAllowedDownloadHost(uri.getHost())) {
      return "host '"
          + uri.getHost()
          + "' is not in the allowed download hosts "
          + config.allowedDownloadHosts();
    }
    return null;
  }

  URI searchUrl(String query, int zeroBasedPage) {
    String path = "Search.aspx?q=" + URLEncoder.encode(query.trim(), StandardCharsets.UTF_8);
    if (zeroBasedPage > 0) {
      path += "&" + config.pageParameter() + "=" + zeroBasedPage;
    }
    return endpoint(path);
  }

  private URI endpoint(String pathAndQuery) {
    String base = config.baseUrl().toString();
    return URI.create((base.endsWith("/") ? base : base + "/") + pathAndQuery);
  }

  @Override
  public void close() {
    http.close();
  }
}
