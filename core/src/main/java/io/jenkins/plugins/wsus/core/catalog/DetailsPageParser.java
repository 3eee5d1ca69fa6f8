package io.jenkins.plugins.wsus.core.catalog;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Parses {@code ScopedViewInline.aspx} details pages, keyed on element ids. Values that follow a
 * label span inside a block ({@code kbDiv}, {@code classificationDiv}, ...) are read as the block's
 * text without the label. Stateless and thread-safe.
 */
public final class DetailsPageParser {
  private static final Pattern UPDATE_ID_PARAM =
      Pattern.compile(
          "updateid=([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern KB_NUMBER = Pattern.compile("(?i)(?:KB)?(\\d{5,8})");

  /** Parses a page given as bytes (UTF-8, optional BOM). */
  public CatalogUpdateDetails parse(byte[] body, URI url) {
    return parse(CatalogHtml.decode(body), url);
  }

  /**
   * Parses a details page.
   *
   * @throws CatalogUnavailableException on the catalog's error page
   * @throws CatalogParseException naming the missing element otherwise
   */
  public CatalogUpdateDetails parse(String html, URI url) {
    Document doc = CatalogHtml.parse(html, url);
    CatalogHtml.failOnErrorPage(doc, url);
    String title =
        CatalogHtml.text(CatalogHtml.require(doc, "ScopedViewHandler_titleText", "title", url));
    String idText =
        CatalogHtml.text(CatalogHtml.require(doc, "ScopedViewHandler_UpdateID", "update id", url));
    UUID updateId;
    try {
      updateId = UUID.fromString(idText);
    } catch (IllegalArgumentException e) {
      throw new CatalogParseException(url, "update id is not a GUID: '" + idText + "'", e);
    }
    List<String> kbs = new ArrayList<>();
    for (String kb :
        CatalogHtml.commaList(
            CatalogHtml.textAfterLabel(CatalogHtml.require(doc, "kbDiv", "KB numbers", url)))) {
      Matcher m = KB_NUMBER.matcher(kb);
      kbs.add(m.matches() ? m.group(1) : kb);
    }
    String classification =
        CatalogHtml.textAfterLabel(
            CatalogHtml.require(doc, "classificationDiv", "classification", url));
    List<String> products =
        CatalogHtml.productList(
            CatalogHtml.textAfterLabel(CatalogHtml.require(doc, "productsDiv", "products", url)));
    Element supersededByDiv =
        CatalogHtml.require(doc, "supersededbyInfo", "superseded-by list", url);
    Element supersedesDiv = CatalogHtml.require(doc, "supersedesInfo", "supersedes list", url);

    return new CatalogUpdateDetails(
        updateId,
        title,
        CatalogHtml.optionalUsDate(CatalogHtml.text(doc.getElementById("ScopedViewHandler_date"))),
        kbs,
        optionalValue(blockText(doc, "securityBullitenDiv")),
        optionalValue(CatalogHtml.text(doc.getElementById("ScopedViewHandler_msrcSeverity"))),
        classification,
        products,
        CatalogHtml.commaList(blockText(doc, "archDiv")),
        CatalogHtml.commaList(blockText(doc, "languagesDiv")),
        CatalogHtml.text(doc.getElementById("ScopedViewHandler_rebootBehavior")),
        supersededBy(supersededByDiv, url),
        supersedes(supersedesDiv));
  }

  private static String blockText(Document doc, String id) {
    Element e = doc.getElementById(id);
    return e == null ? "" : CatalogHtml.textAfterLabel(e);
  }

  private static Optional<String> optionalValue(String s) {
    return CatalogHtml.isNone(s) ? Optional.empty() : Optional.of(s);
  }

  private static List<UUID> supersededBy(Element div, URI url) {
    List<UUID> ids = new ArrayList<>();
    for (Element a : div.select("a[href]")) {
      Matcher m = UPDATE_ID_PARAM.matcher(a.attr("href"));
      if (!m.find()) {
        throw new CatalogParseException(
            url, "superseded-by link without an update id: '" + a.attr("href") + "'");
      }
      UUID id = UUID.fromString(m.group(1));
      if (!ids.contains(id)) {
        ids.add(id);
      }
    }
    if (ids.isEmpty() && !CatalogHtml.isNone(CatalogHtml.text(div))) {
      throw new CatalogParseException(
          url, "superseded-by list has neither links nor 'n/a': '" + CatalogHtml.text(div) + "'");
    }
    return ids;
  }

  private static List<String> supersedes(Element div) {
    List<String> titles = new ArrayList<>();
    for (Element entry : div.children()) {
      String t = CatalogHtml.text(entry);
      if (!CatalogHtml.isNone(t)) {
        titles.add(t);
      }
    }
    return titles;
  }
}
