package io.jenkins.plugins.wsus.simulator.catalog;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Renders catalog pages as HTML with the element ids and nesting of the recorded 2023/2025 catalog
 * pages (our own markup; only the structure clients key on is reproduced). Stateless.
 */
public final class CatalogPageRenderer {
  /** The catalog shows 25 rows a page. */
  public static final int PAGE_SIZE = 25;

  /** The catalog returns at most 1000 results. */
  public static final int RESULT_CAP = 1000;

  private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/yyyy");

  private static final String HEAD =
      """
      <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
      <html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="en">
      <head>
          <meta http-equiv="X-UA-Compatible" content="IE=edge" />
          <title>Microsoft Update Catalog</title>
          <link href="Style/catalog.css" rel="stylesheet" type="text/css" />
      </head>
      <body>
      <form name="aspnetForm" method="post" action="./%s" id="aspnetForm">
      <div id="mainContainer">
          <div id="headerRow">
              <span id="ctl00_textTitleMaster">Microsoft<sup>&reg;</sup> Update Catalog</span>
              <input name="ctl00$searchTextBox" type="text" id="ctl00_searchTextBox" value="%s" />
          </div>
          <div id="contentContainer">
      """;

  private static final String TAIL =
      """
          </div>
          <div id="footerRow"><span id="ctl00_textCopyrightFooter">&copy; Microsoft Corporation. All Rights Reserved.</span></div>
      </div>
      </form>
      </body>
      </html>
      """;

  /**
   * Paging script in the spirit of the 2025 page: the page index travels in the query string as
   * {@code p}, zero-based.
   */
  private static final String PAGING_SCRIPT =
      """
          <script type="text/javascript">
              const PAGE_INDEX = "p";
              function handlePageChange(target) {
                  var url = new URL(window.location.href);
                  var pageIndex = parseInt(url.searchParams.get(PAGE_INDEX) || "0");
                  var type = (target.dataset.commandname || "").toLowerCase();
                  if (type === "next") { pageIndex++; }
                  if (type === "prev" && pageIndex > 0) { pageIndex--; }
                  url.searchParams.set(PAGE_INDEX, pageIndex);
                  location.assign(url.search);
                  return false;
              }
              function goToDetails(updateId) {
                  window.open("ScopedViewInline.aspx?updateid=" + updateId, "_blank");
              }
          </script>
      """;

  /**
   * One search result page.
   *
   * @param query the search text as typed
   * @param pageRows the rows of this page
   * @param pageIndex zero-based page index
   * @param shownTotal results available for paging (at most {@link #RESULT_CAP})
   * @param capped whether more than {@link #RESULT_CAP} matched
   */
  public String searchPage(
      String query, List<CatalogEntry> pageRows, int pageIndex, int shownTotal, boolean capped) {
    int pageCount = Math.max(1, (shownTotal + PAGE_SIZE - 1) / PAGE_SIZE);
    int first = pageIndex * PAGE_SIZE + 1;
    int last = pageIndex * PAGE_SIZE + pageRows.size();
    boolean hasNext = pageIndex + 1 < pageCount;
    StringBuilder sb = new StringBuilder(16_000 + pageRows.size() * 3_000);
    sb.append(HEAD.formatted("Search.aspx?q=" + escape(query), escape(query)));
    sb.append(PAGING_SCRIPT);
    sb.append(
        """
            <div id="contentSection">
                <div class="textSubHeadingColor textBold" id="searchSubHeading">
                    <table id="ctl00_catalogBody_ResultsHeaderTable" role="presentation">
                    <tr><td>
                        <span id="ctl00_catalogBody_searchString">"%s"</span>
                    </td></tr>
                    </table>
                </div>
        """
            .formatted(escape(query)));
    if (capped) {
      sb.append(
          """
                  <div id="ctl00_catalogBody_moreResults" class="moreReults" role="status">
                      <span id="ctl00_catalogBody_textMoreResults">Your search resulted in over 1000 matching updates.  Only the first 1000 are returned.  To narrow your search, try adding additional keywords to your search terms.</span>
                  </div>
          """);
    }
    sb.append(
        """
                <table id="ctl00_catalogBody_navigationLinks" cellpadding="0" cellspacing="0" border="0" class="resultsNavigation">
                <tr>
                    <td>
                        <div id="numberOfUpdates" role="status">
                            <span id="ctl00_catalogBody_labelUpdates_Separator">Updates:</span>
                            <span id="ctl00_catalogBody_searchDuration">%d - %d of %d (page %d of %d)</span><br />
                        </div>
                    </td>
                    <td valign="middle" class="textAlignRight" role="presentation">
        """
            .formatted(first, last, shownTotal, pageIndex + 1, pageCount));
    if (pageIndex > 0) {
      sb.append(
          """
                          <span id="ctl00_catalogBody_previousPageLink">
                              <a onclick="handlePageChange(this); return false;" id="ctl00_catalogBody_previousPageLinkText" data-commandName="prev" href="#"><span>Previous</span></a>
                          </span><span>|</span>
          """);
    } else {
      sb.append(
          """
                          <span id="ctl00_catalogBody_prevPage"><span>Previous</span></span><span>|</span>
          """);
    }
    if (hasNext) {
      sb.append(
          """
                          <span id="ctl00_catalogBody_nextPageLink">
                              <a onclick="handlePageChange(this); return false;" id="ctl00_catalogBody_nextPageLinkText" data-commandName="next" href="#"><span>Next</span></a>
                          </span>
          """);
    } else {
      sb.append(
          """
                          <span id="ctl00_catalogBody_nextPage"><span class="contentTextItemSpacerNoBreakLink">Next</span></span>
          """);
    }
    sb.append(
        """
                    </td>
                </tr>
                </table>
            </div>
            <div id="tableContainer" class="resultsBackGround">
                <table class="resultsBorder resultsBackGround" cellspacing="0" cellpadding="0" rules="all" id="ctl00_catalogBody_updateMatches">
                <tr class="dataGridFixedHeader1" id="headerRow">
                    <th id="header_C0" scope="col">&nbsp;</th><th id="header_C1" scope="col"><span>Title</span></th><th id="header_C2" scope="col"><span>Products</span></th><th id="header_C3" scope="col"><span>Classification</span></th><th id="header_C4" scope="col"><span>Last Updated</span></th><th id="header_C5" scope="col"><span>Version</span></th><th id="header_C6" scope="col"><span>Size</span></th><th id="header_C7" scope="col"><span>Download</span></th>
                </tr>""");
    for (int i = 0; i < pageRows.size(); i++) {
      appendRow(sb, pageRows.get(i), i);
    }
    sb.append(
        """
                </table>
            </div>
        """);
    sb.append(TAIL);
    return sb.toString();
  }

  private static void appendRow(StringBuilder sb, CatalogEntry e, int index) {
    String g = e.updateId().toString();
    String r = "_R" + index;
    sb.append("<tr id=\"").append(g).append(r).append("\">\n");
    sb.append("    <td class=\"resultsbottomBorder\" id=\"")
        .append(g)
        .append("_C0")
        .append(r)
        .append("\"></td>");
    sb.append("<td class=\"resultsbottomBorder resultspadding\" id=\"")
        .append(g)
        .append("_C1")
        .append(r)
        .append("\">\n");
    sb.append("        <a id='")
        .append(g)
        .append("_link' href=\"javascript:void(0);\" onclick='goToDetails(\"")
        .append(g)
        .append("\");'>\n            ")
        .append(escape(e.title()))
        .append("\n        </a>\n    </td>");
    sb.append("<td class=\"resultsbottomBorder resultspadding\" id=\"")
        .append(g)
        .append("_C2")
        .append(r)
        .append("\">\n        ")
        .append(escape(productCell(e.products())))
        .append("\n    </td>");
    sb.append("<td class=\"resultsbottomBorder resultspadding\" id=\"")
        .append(g)
        .append("_C3")
        .append(r)
        .append("\">\n        ")
        .append(escape(e.classification()))
        .append("\n    </td>");
    sb.append("<td class=\"resultsbottomBorder resultspadding\" id=\"")
        .append(g)
        .append("_C4")
        .append(r)
        .append("\">\n        ")
        .append(e.lastUpdated().format(US_DATE))
        .append("\n    </td>");
    sb.append("<td class=\"resultsbottomBorder resultspadding\" id=\"")
        .append(g)
        .append("_C5")
        .append(r)
        .append("\">\n        ")
        .append(escape(e.version()))
        .append("\n    </td>");
    sb.append("<td class=\"resultsbottomBorder resultspadding resultsSizeWidth\" id=\"")
        .append(g)
        .append("_C6")
        .append(r)
        .append("\">\n");
    sb.append("        <span id=\"")
        .append(g)
        .append("_size\">")
        .append(sizeText(e.sizeBytes()))
        .append("</span>\n");
    sb.append("        <span class=\"noDisplay\" id=\"")
        .append(g)
        .append("_originalSize\">")
        .append(e.sizeBytes())
        .append("</span>\n    </td>");
    sb.append("<td class=\"resultsbottomBorder resultsButtonWidth\" id=\"")
        .append(g)
        .append("_C7")
        .append(r)
        .append("\">\n");
    sb.append("        <input id=\"")
        .append(g)
        .append(
            "\" class=\"flatBlueButtonDownload focus-only\" type=\"button\" value='Download' />\n    </td>\n</tr>");
  }

  /**
   * Products joined as the catalog shows them: ", " between products, ", " (two spaces) inside a
   * product name such as "Windows 10, version 1903 and later".
   */
  static String productCell(List<String> products) {
    StringBuilder sb = new StringBuilder();
    for (String p : products) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(p.replace(", ", ",  "));
    }
    return sb.toString();
  }

  /** The catalog's size text: whole KB below 1 MB, one decimal in MB and GB. */
  static String sizeText(long bytes) {
    if (bytes < 1024L * 1024) {
      return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }
    if (bytes < 1024L * 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
    return String.format(Locale.ROOT, "%.1f GB", bytes / (1024.0 * 1024 * 1024));
  }

  /** The "We did not find any results" page (HTTP 200). */
  public String noResultsPage(String query) {
    return HEAD.formatted("Search.aspx?q=" + escape(query), escape(query))
        + PAGING_SCRIPT
        + """
            <div id="contentSection">
                <div class="textSubHeadingColor textBold" id="searchSubHeading">
                    <table id="ctl00_catalogBody_ResultsHeaderTable" role="presentation">
                    <tr><td>
                        <span id="ctl00_catalogBody_noResultText">We did not find any results for </span>
                        <span id="ctl00_catalogBody_searchString">"%s"</span>
                    </td></tr>
                    </table>
                </div>
            </div>
            <div id="ctl00_catalogBody_noResults" class="noResultsSpacing">
                <span>Search tips:</span>
                <div class="listUnOrdered">
                    <span class="listItem">Check the spelling of your search terms</span>
                </div>
            </div>
            <div id="tableContainer" class="resultsBackGround"></div>
        """
            .formatted(escape(query))
        + TAIL;
  }

  /** The catalog's error page, sent with HTTP 200 (e.g. error number 8DDD0010). */
  public String errorPage(String errorNumber) {
    return HEAD.formatted("Error.aspx", "")
        + """
            <div id="errorPageHeader" class="textTopTitlePadding">
                <table id="errorPageHeaderTable" border="0" cellpadding="0" cellspacing="0">
                    <tr id="errorPageHeaderTableRow" class="contentHeaderTableRow">
                        <td id="errorPageHeaderTableRowText">
                            <span id="ctl00_catalogBody_errorHandler_textHeaderError" class="contentPageTitle">The website has encountered a problem </span>
                        </td>
                    </tr>
                </table>
            </div>
            <div id="errorPageDisplayedError" class="contentHeaderErrorNumber">
                [<span id="ctl00_catalogBody_errorHandler_textErrorNumberError" class="contentHeaderErrorNumber">Error number: </span>%s]
            </div>
            <div id="ctl00_catalogBody_errorHandler_error500" class="textTopTitlePadding">
                <span id="ctl00_catalogBody_errorHandler_text500IntroError">There is a problem with the page you are looking for, and it cannot be displayed.</span>
            </div>
        """
            .formatted(escape(errorNumber))
        + TAIL;
  }

  /** The details page of one update ({@code ScopedViewInline.aspx}). */
  public String detailsPage(CatalogEntry e, CatalogDataset dataset) {
    StringBuilder sb = new StringBuilder(12_000);
    sb.append(
        """
        <!DOCTYPE html>
        <html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="en">
        <head><meta charset="utf-8"><title>Microsoft Update Catalog</title></head>
        <body>
        <form name="form1" method="post" action="./ScopedViewInline.aspx?updateid=%1$s" id="form1">
            <div id="scopedViewContainer">
                <div class="textBottomSpacer labelTitle" id="titleDiv">
                    <span id="ScopedViewHandler_titleText">%2$s</span>
                </div>
                <div id="dateDiv" class="textBottomSpacer">
                    <span id="ScopedViewHandler_labelLastModified_Separator" class="labelTitle">Last Modified:</span>
                    <span id="ScopedViewHandler_date">%3$s</span>
                </div>
                <div id="sizeDiv" class="textBottomSpacer">
                    <span class="labelTitle">Size:</span>
                    <span id="ScopedViewHandler_size">%4$s</span>
                </div>
                <div id="updateIdDiv" class="textBottomSpacer">
                    <span class="labelTitle">UpdateID:</span>
                    <span id="ScopedViewHandler_UpdateID">%1$s</span>
                </div>
            </div>
            <div id="tabBody">
                <div id="overviewBox">
                    <div id="overviewContentBody" class="tabBodyContentBox">
                        <table cellpadding="0" cellspacing="0" border="0" width="95%%"><tbody><tr>
                            <td id="overviewLeftBox">
                                <div id="descDiv" class="textDoubleSpacer">
                                    <span id="ScopedViewHandler_labelDescription_Separator" class="labelTitle">Description:</span>
                                    <span id="ScopedViewHandler_desc">Install this update to resolve issues in Windows.</span>
                                </div>
                                <div id="archDiv">
                                    <span id="ScopedViewHandler_labelArchitecture_Separator" class="labelTitle">Architecture:</span>
                                    %5$s
                                </div>
                                <div id="classificationDiv">
                                    <span id="ScopedViewHandler_labelClassification_Separator" class="labelTitle">Classification:</span>
                                    %6$s
                                </div>
                                <div id="productsDiv">
                                    <span id="ScopedViewHandler_labelSupportedProducts_Separator" class="labelTitle">Supported products:</span>
                                    %7$s
                                </div>
                                <div id="languagesDiv">
                                    <span id="ScopedViewHandler_labelSupportedLanguages_Separator" class="labelTitle">Supported languages:</span>
                                    %8$s
                                </div>
                            </td>
                            <td id="overviewRightBox">
                                <div id="ScopedViewHandler_SoftwareInfo">
                                    <div id="securityBullitenDiv">
                                        <span id="ScopedViewHandler_labelSecurityBulliten_Separator" class="labelTitle">MSRC Number:</span>
                                        %9$s
                                    </div>
                                    <div id="msrcSeverityDiv">
                                        <span id="ScopedViewHandler_labelMSRCSeverity_Separator" class="labelTitle">MSRC severity:</span>
                                        <span id="ScopedViewHandler_msrcSeverity">%10$s</span>
                                    </div>
                                    <div id="kbDiv" class="textDoubleSpacer">
                                        <span id="ScopedViewHandler_labelKBArticle_Separator" class="labelTitle">KB article numbers:</span>
                                        %11$s
                                    </div>
                                </div>
                            </td>
                        </tr></tbody></table>
                    </div>
                </div>
                <div id="packageBox">
                    <div id="ScopedViewHandler_softwarePackage">
                        <div class="tabBodyContentBox">
                            <span id="ScopedViewHandler_labelSupersedingUpdates_Separator" class="labelTitle">This update has been replaced by the following updates:</span>
                            <div id="supersededbyInfo">
        """
            .formatted(
                e.updateId(),
                escape(e.title()),
                e.lastUpdated().format(US_DATE),
                sizeText(e.sizeBytes()),
                escape(e.architecture()),
                escape(e.classification()),
                escape(String.join(",\n", e.products())),
                escape(String.join("\n,\n", e.languages())),
                escape(e.msrcNumber()),
                escape(e.msrcSeverity()),
                escape(e.kb().isEmpty() ? "n/a" : e.kb())));
    if (e.supersededBy().isEmpty()) {
      sb.append("                n/a\n");
    }
    for (UUID id : e.supersededBy()) {
      String title = dataset.find(id).map(CatalogEntry::title).orElse(id.toString());
      sb.append("                <div style=\"padding-bottom: 0.3em;\">\n")
          .append("                    <a href=\"ScopedViewInline.aspx?updateid=")
          .append(id)
          .append("\">")
          .append(escape(title))
          .append("</a>\n                </div>\n");
    }
    sb.append(
        """
                            </div>
                            <span id="ScopedViewHandler_labelSupersededUpdates_Separator" class="labelTitle">This update replaces the following updates:</span>
                            <div id="supersedesInfo">
        """);
    List<CatalogEntry> replaced = dataset.supersededBy(e.updateId());
    if (replaced.isEmpty()) {
      sb.append("                n/a\n");
    }
    for (CatalogEntry old : replaced) {
      sb.append("                <div style=\"padding-bottom: 0.3em;\">\n                    ")
          .append(escape(old.title()))
          .append("\n                </div>\n");
    }
    sb.append(
        """
                            </div>
                        </div>
                    </div>
                </div>
                <div id="installBox">
                    <div class="tabBodyContentBox">
                        <div id="rebootBehaviorDiv">
                            <span id="ScopedViewHandler_labelRebooBehavior_Separator" class="labelTitle">Restart behavior:</span>
                            <span id="ScopedViewHandler_rebootBehavior">%s</span>
                        </div>
                        <div id="userInputDiv">
                            <span id="ScopedViewHandler_labelRequiresInput_Separator" class="labelTitle">May request user input:</span>
                            <span id="ScopedViewHandler_userInput">No</span>
                        </div>
                    </div>
                </div>
            </div>
        </form>
        </body>
        </html>
        """
            .formatted(escape(e.rebootBehavior())));
    return sb.toString();
  }

  /**
   * The {@code DownloadDialog.aspx} answer: the {@code downloadInformation} script (spacing around
   * {@code =} varies as on the real page) and the basket table whose rows reuse {@code <guid>_R0}.
   */
  public String downloadDialog(List<CatalogEntry> updates) {
    StringBuilder sb = new StringBuilder(8_000);
    sb.append(
        """
        <!DOCTYPE html>
        <html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="en">
        <head><title>Microsoft Update Catalog</title>
        <script language="javascript" type="text/javascript">
                var downloadInformation = new Array();
        """);
    for (int i = 0; i < updates.size(); i++) {
      CatalogEntry e = updates.get(i);
      String u = "downloadInformation[" + i + "]";
      sb.append(u).append(" = new Object();\n");
      sb.append(u).append(".updateID ='").append(e.updateId()).append("';\n");
      sb.append(u).append(".isHotFix =false;\n");
      sb.append(u).append(".enTitle ='").append(js(e.title())).append("';\n");
      sb.append(u).append(".files = new Array();\n");
      for (int j = 0; j < e.files().size(); j++) {
        CatalogFile f = e.files().get(j);
        String p = u + ".files[" + j + "]";
        sb.append(p).append(" = new Object();\n");
        sb.append(p).append(".url = '").append(js(f.url())).append("';\n");
        sb.append(p).append(".digest = '").append(js(f.sha1Base64())).append("';\n");
        sb.append(p).append(".architectures = '").append(js(f.architectures())).append("';\n");
        sb.append(p).append(".languages = '").append(js(f.languages())).append("';\n");
        sb.append(p).append(".longLanguages = '").append(js(f.languages())).append("';\n");
        sb.append(p).append(".fileName = '").append(js(f.fileName())).append("';\n");
        sb.append(p).append(".defaultFileNameLength = 128;\n");
      }
      sb.append(u).append(".allFilesExist = false;\n");
    }
    sb.append(
        """
        </script>
        </head>
        <body>
        <form name="form1" method="post" action="./DownloadDialog.aspx" id="form1">
            <div id="downloadFiles"></div>
            <div id="tableContainer" class="dialogTableContainer resultsBackGround">
                <table class="resultsBorder resultsBackGround" cellspacing="0" cellpadding="0" rules="all" id="basketContents">
                <tr class="dataGridFixedHeader1" id="headerRow">
                    <td id="header_C0">&nbsp;</td><td id="header_C1"><span>Title</span></td><td id="header_C2"><span>Products</span></td><td id="header_C3"><span>Progress</span></td><td id="header_C4"></td>
                </tr>
        """);
    for (CatalogEntry e : updates) {
      String g = e.updateId().toString();
      sb.append("<tr id=\"")
          .append(g)
          .append("_R0\">")
          .append("<td id=\"")
          .append(g)
          .append("_C0_R0\"></td>")
          .append("<td id=\"")
          .append(g)
          .append("_C1_R0\">")
          .append(escape(e.title()))
          .append("</td>")
          .append("<td id=\"")
          .append(g)
          .append("_C2_R0\">")
          .append(escape(productCell(e.products())))
          .append("</td>")
          .append("<td id=\"")
          .append(g)
          .append("_C3_R0\"><span id=\"")
          .append(g)
          .append("_Text\">Waiting</span></td>")
          .append("<td id=\"")
          .append(g)
          .append("_C4_R0\"></td></tr>\n");
    }
    sb.append(
        """
                </table>
            </div>
        </form>
        </body>
        </html>
        """);
    return sb.toString();
  }

  /** What IIS answers to a POST without Content-Length. */
  public String lengthRequiredPage() {
    return """
        <!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN""http://www.w3.org/TR/html4/strict.dtd">
        <HTML><HEAD><TITLE>Length Required</TITLE>
        <META HTTP-EQUIV="Content-Type" Content="text/html; charset=us-ascii"></HEAD>
        <BODY><h2>Length Required</h2>
        <hr><p>HTTP Error 411. The request must be chunked or have a content length.</p>
        </BODY></HTML>
        """;
  }

  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Escapes a value for a single-quoted JavaScript string inside a script element. */
  static String js(String s) {
    return s.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n").replace("</", "<\\/");
  }
}
