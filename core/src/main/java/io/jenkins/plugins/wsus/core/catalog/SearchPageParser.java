package io.jenkins.plugins.wsus.core.catalog;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Parses {@code Search.aspx} pages (2019, 2023 and 2025 layouts). Keyed on element ids, never on
 * CSS classes (those changed in 2023). Rows are looked up only inside {@code
 * table#ctl00_catalogBody_updateMatches}, because other pages (the download dialog's basket) reuse
 * the {@code <guid>_R<n>} row ids. Stateless and thread-safe.
 */
public final class SearchPageParser {
  static final String RESULTS_TABLE = "ctl00_catalogBody_updateMatches";
  static final String COUNT_TEXT = "ctl00_catalogBody_searchDuration";
  static final String NO_RESULTS = "ctl00_catalogBody_noResultText";
  static final String MORE_RESULTS = "ctl00_catalogBody_moreResults";
  static final String NEXT_LINK = "ctl00_catalogBody_nextPageLinkText";
  private static final Set<String> PAGE_IDS =
      Set.of(CatalogHtml.ERROR_DIV, RESULTS_TABLE, COUNT_TEXT, NO_RESULTS, MORE_RESULTS, NEXT_LINK);

  private static final Pattern ROW_ID =
      Pattern.compile(
          "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})_R(\\d+)$");
  private static final Pattern COUNT =
      Pattern.compile(
          "(\\d+)\\s*-\\s*(\\d+)\\s+of\\s+(\\d+)\\s*\\(\\s*page\\s+(\\d+)\\s+of\\s+(\\d+)\\s*\\)");

  /** Parses a page given as bytes (UTF-8, optional BOM); {@code url} is used in error messages. */
  public CatalogSearchPage parse(byte[] body, URI url) {
    return parse(CatalogHtml.decode(body), url);
  }

  /**
   * Parses a page.
   *
   * @throws CatalogUnavailableException on the catalog's error page
   * @throws CatalogParseException when the page is neither results nor "no results"
   */
  public CatalogSearchPage parse(String html, URI url) {
    Document doc = CatalogHtml.parse(html, url);
    Map<String, Element> index = CatalogHtml.indexIds(doc, PAGE_IDS::contains);
    CatalogHtml.failOnErrorPage(index, url);
    if (index.containsKey(NO_RESULTS)) {
      return CatalogSearchPage.empty();
    }
    Element table = CatalogHtml.require(index, RESULTS_TABLE, "search results table", url);
    String countText =
        CatalogHtml.text(CatalogHtml.require(index, COUNT_TEXT, "result count", url));
    Matcher m = COUNT.matcher(countText);
    if (!m.find()) {
      throw new CatalogParseException(
          url, "result count '" + countText + "' is not 'a - b of n (page x of y)'");
    }
    List<CatalogSearchRow> rows = new ArrayList<>();
    for (Element tr : table.getElementsByTag("tr")) {
      Matcher id = ROW_ID.matcher(tr.id());
      if (id.matches()) {
        rows.add(row(tr, id.group(1), id.group(2), url));
      }
    }
    return new CatalogSearchPage(
        rows,
        countText,
        Integer.parseInt(m.group(3)),
        Integer.parseInt(m.group(4)),
        Integer.parseInt(m.group(5)),
        index.containsKey(MORE_RESULTS),
        index.containsKey(NEXT_LINK),
        false);
  }

  private static CatalogSearchRow row(Element tr, String guid, String index, URI url) {
    String cell = guid + "_C%d_R" + index;
    String where = "row " + index + " (" + guid + ") ";
    Map<String, Element> ids = CatalogHtml.indexIds(tr, id -> id.startsWith(guid));
    Element link = CatalogHtml.require(ids, guid + "_link", where + "title link", url);
    String products =
        CatalogHtml.require(ids, cell.formatted(2), where + "products cell", url).wholeText();
    String classification =
        CatalogHtml.text(
            CatalogHtml.require(ids, cell.formatted(3), where + "classification", url));
    String date =
        CatalogHtml.text(CatalogHtml.require(ids, cell.formatted(4), where + "last updated", url));
    String version =
        CatalogHtml.text(CatalogHtml.require(ids, cell.formatted(5), where + "version", url));
    String sizeText =
        CatalogHtml.text(CatalogHtml.require(ids, guid + "_size", where + "size text", url));
    String sizeBytes =
        CatalogHtml.text(
            CatalogHtml.require(ids, guid + "_originalSize", where + "size in bytes", url));
    long bytes;
    try {
      bytes = Long.parseLong(sizeBytes);
    } catch (NumberFormatException e) {
      throw new CatalogParseException(
          url, where + "size in bytes is not a number: '" + sizeBytes + "'", e);
    }
    return new CatalogSearchRow(
        UUID.fromString(guid),
        CatalogHtml.text(link),
        CatalogHtml.productList(products),
        classification,
        CatalogHtml.usDate(date, url, where + "last updated"),
        version,
        sizeText,
        bytes);
  }
}
