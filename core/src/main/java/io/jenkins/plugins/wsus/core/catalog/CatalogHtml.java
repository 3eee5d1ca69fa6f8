package io.jenkins.plugins.wsus.core.catalog;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Helpers shared by the catalog page parsers: decoding, the error-page check, id lookups. */
final class CatalogHtml {
  static final String ERROR_DIV = "errorPageDisplayedError";
  private static final Pattern ERROR_NUMBER = Pattern.compile("\\b([0-9A-Fa-f]{8})\\b");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/yyyy");

  private CatalogHtml() {}

  /** Decodes a page as UTF-8 (what the catalog sends) and drops a leading byte-order mark. */
  static String decode(byte[] body) {
    return stripBom(new String(body, StandardCharsets.UTF_8));
  }

  static String stripBom(String html) {
    return !html.isEmpty() && html.charAt(0) == '\uFEFF' ? html.substring(1) : html;
  }

  static Document parse(String html, URI url) {
    return Jsoup.parse(stripBom(html), url == null ? "" : url.toString());
  }

  /**
   * Throws {@link CatalogUnavailableException} when the page is the catalog's error page; the
   * catalog sends it with HTTP 200, so the status alone says nothing.
   */
  static void failOnErrorPage(Document doc, URI url) {
    Element error = doc.getElementById(ERROR_DIV);
    if (error != null) {
      Matcher m = ERROR_NUMBER.matcher(error.text());
      throw new CatalogUnavailableException(url, m.find() ? m.group(1).toUpperCase() : "");
    }
  }

  /**
   * Finds the first element for each wanted id in one traversal; {@code getElementById} walks the
   * whole tree per call, which dominated parse time on 130 KB pages.
   */
  static Map<String, Element> indexIds(Element root, Predicate<String> wanted) {
    Map<String, Element> found = new HashMap<>();
    root.traverse(
        (node, depth) -> {
          if (node instanceof Element e) {
            String id = e.id();
            if (!id.isEmpty() && wanted.test(id)) {
              found.putIfAbsent(id, e);
            }
          }
        });
    return found;
  }

  static void failOnErrorPage(Map<String, Element> index, URI url) {
    Element error = index.get(ERROR_DIV);
    if (error != null) {
      Matcher m = ERROR_NUMBER.matcher(error.text());
      throw new CatalogUnavailableException(url, m.find() ? m.group(1).toUpperCase() : "");
    }
  }

  static Element require(Map<String, Element> index, String id, String what, URI url) {
    Element e = index.get(id);
    if (e == null) {
      throw new CatalogParseException(url, "missing " + what + " (element id '" + id + "')");
    }
    return e;
  }

  static Element require(Element scope, String id, String what, URI url) {
    Element e = scope.getElementById(id);
    if (e == null) {
      throw new CatalogParseException(url, "missing " + what + " (element id '" + id + "')");
    }
    return e;
  }

  /** Text with whitespace collapsed, trimmed. */
  static String text(Element e) {
    return e == null ? "" : e.text().trim();
  }

  /**
   * The text of a details-page block after its label: the own text nodes and non-label children,
   * whitespace collapsed. Label spans carry an id ending in {@code _Separator} or class {@code
   * labelTitle}.
   */
  static String textAfterLabel(Element div) {
    StringBuilder sb = new StringBuilder();
    for (Node child : div.childNodes()) {
      if (child instanceof TextNode t) {
        sb.append(t.getWholeText()).append(' ');
      } else if (child instanceof Element e && !isLabel(e)) {
        sb.append(e.wholeText()).append(' ');
      }
    }
    return collapse(sb.toString());
  }

  private static boolean isLabel(Element e) {
    return e.id().endsWith("_Separator") || e.hasClass("labelTitle");
  }

  static String collapse(String s) {
    return WHITESPACE.matcher(s).replaceAll(" ").trim();
  }

  /** "n/a" (any case) and blank mean "none" on catalog pages. */
  static boolean isNone(String s) {
    return s == null || s.isBlank() || s.trim().equalsIgnoreCase("n/a");
  }

  /** Splits a comma list, trimming items, dropping blanks and "n/a". */
  static List<String> commaList(String s) {
    List<String> out = new ArrayList<>();
    if (isNone(s)) {
      return out;
    }
    for (String part : s.split(",")) {
      String item = collapse(part);
      if (!isNone(item)) {
        out.add(item);
      }
    }
    return out;
  }

  /**
   * Splits a product list. Product names themselves contain commas ("Windows 10, version 1903 and
   * later"), always followed by "version", so a fragment starting with "version" is glued back to
   * the previous one. This works for the search cells and the multi-line details blocks alike.
   */
  static List<String> productList(String s) {
    List<String> parts = commaList(s);
    List<String> out = new ArrayList<>();
    for (String part : parts) {
      if (!out.isEmpty() && part.regionMatches(true, 0, "version ", 0, 8)) {
        out.set(out.size() - 1, out.get(out.size() - 1) + ", " + part);
      } else {
        out.add(part);
      }
    }
    return out;
  }

  static LocalDate usDate(String s, URI url, String what) {
    try {
      return LocalDate.parse(s.trim(), US_DATE);
    } catch (DateTimeParseException e) {
      throw new CatalogParseException(url, what + " is not a M/d/yyyy date: '" + s + "'", e);
    }
  }

  static Optional<LocalDate> optionalUsDate(String s) {
    try {
      return Optional.of(LocalDate.parse(s.trim(), US_DATE));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
