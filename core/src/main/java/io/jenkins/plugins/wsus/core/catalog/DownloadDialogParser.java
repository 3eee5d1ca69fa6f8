package io.jenkins.plugins.wsus.core.catalog;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;

/**
 * Parses the {@code DownloadDialog.aspx} answer. The file list lives in script assignments such as
 * {@code downloadInformation[0].files[3].url = '...';}; the spacing around {@code =} varies between
 * fields and years, so the patterns accept any. Stateless and thread-safe.
 */
public final class DownloadDialogParser {
  private static final String DECLARATION = "downloadInformation";
  private static final String STRING = "'((?:[^'\\\\\\r\\n]|\\\\.)*)'";
  private static final Pattern UPDATE_FIELD =
      Pattern.compile("downloadInformation\\[(\\d+)\\]\\.(\\w+)\\s*=\\s*" + STRING);
  private static final Pattern FILE_FIELD =
      Pattern.compile(
          "downloadInformation\\[(\\d+)\\]\\.files\\[(\\d+)\\]\\.(\\w+)\\s*=\\s*" + STRING);
  private static final Pattern ARRAY_DECLARED =
      Pattern.compile("var\\s+downloadInformation\\s*=\\s*new\\s+Array\\s*\\(\\s*\\)");

  /** Parses a page given as bytes (UTF-8, optional BOM). */
  public List<CatalogDownloadUpdate> parse(byte[] body, URI url) {
    return parse(CatalogHtml.decode(body), url);
  }

  /**
   * Parses the answer into updates and their files, in page order.
   *
   * @throws CatalogUnavailableException on the catalog's error page
   * @throws CatalogParseException when the script is missing or a file lacks its URL
   */
  public List<CatalogDownloadUpdate> parse(String html, URI url) {
    if (html.contains(CatalogHtml.ERROR_DIV)) {
      Document doc = CatalogHtml.parse(html, url);
      CatalogHtml.failOnErrorPage(doc, url);
    }
    if (!ARRAY_DECLARED.matcher(html).find()) {
      throw new CatalogParseException(
          url, "missing the '" + DECLARATION + "' script array of the download dialog");
    }
    Map<Integer, Map<String, String>> updates = new TreeMap<>();
    Map<Integer, Map<Integer, Map<String, String>>> files = new TreeMap<>();
    Matcher u = UPDATE_FIELD.matcher(html);
    while (u.find()) {
      updates
          .computeIfAbsent(Integer.parseInt(u.group(1)), k -> new TreeMap<>())
          .put(u.group(2), unescape(u.group(3)));
    }
    Matcher f = FILE_FIELD.matcher(html);
    while (f.find()) {
      files
          .computeIfAbsent(Integer.parseInt(f.group(1)), k -> new TreeMap<>())
          .computeIfAbsent(Integer.parseInt(f.group(2)), k -> new TreeMap<>())
          .put(f.group(3), unescape(f.group(4)));
    }
    List<CatalogDownloadUpdate> out = new ArrayList<>();
    for (var entry : updates.entrySet()) {
      int i = entry.getKey();
      String idText = entry.getValue().get("updateID");
      if (idText == null) {
        throw new CatalogParseException(url, "downloadInformation[" + i + "].updateID is missing");
      }
      UUID id;
      try {
        id = UUID.fromString(idText.trim());
      } catch (IllegalArgumentException e) {
        throw new CatalogParseException(
            url, "downloadInformation[" + i + "].updateID is not a GUID: '" + idText + "'", e);
      }
      List<CatalogDownloadFile> list = new ArrayList<>();
      for (var file : files.getOrDefault(i, Map.of()).entrySet()) {
        Map<String, String> v = file.getValue();
        String where = "downloadInformation[" + i + "].files[" + file.getKey() + "]";
        String fileUrl = v.get("url");
        if (fileUrl == null || fileUrl.isBlank()) {
          throw new CatalogParseException(url, where + ".url is missing");
        }
        list.add(
            new CatalogDownloadFile(
                id,
                fileUrl.trim(),
                v.getOrDefault("fileName", fileUrl.substring(fileUrl.lastIndexOf('/') + 1)),
                v.getOrDefault("digest", ""),
                v.getOrDefault("languages", ""),
                v.getOrDefault("architectures", "")));
      }
      out.add(new CatalogDownloadUpdate(id, entry.getValue().getOrDefault("enTitle", ""), list));
    }
    return out;
  }

  /** Undoes JavaScript string escapes of single-quoted literals. */
  private static String unescape(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        switch (n) {
          case 'n' -> sb.append('\n');
          case 't' -> sb.append('\t');
          case 'r' -> sb.append('\r');
          case 'u' -> {
            String hex = i + 4 < s.length() ? s.substring(i + 1, i + 5) : "";
            if (hex.matches("[0-9a-fA-F]{4}")) {
              sb.append((char) Integer.parseInt(hex, 16));
              i += 4;
            } else {
              sb.append('u');
            }
          }
          default -> sb.append(n);
        }
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
