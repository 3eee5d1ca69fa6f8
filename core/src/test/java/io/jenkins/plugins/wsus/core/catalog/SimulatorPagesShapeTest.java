package io.jenkins.plugins.wsus.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.wsus.simulator.catalog.CatalogDataset;
import io.jenkins.plugins.wsus.simulator.catalog.CatalogDataset.July2025;
import io.jenkins.plugins.wsus.simulator.catalog.CatalogEntry;
import io.jenkins.plugins.wsus.simulator.catalog.CatalogPageRenderer;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The simulator's pages and the recorded catalog pages agree in shape: the same parsers read both,
 * and the element ids the parsers key on sit inside the same id-bearing ancestors.
 */
class SimulatorPagesShapeTest {
  private static final URI SIM = URI.create("http://simulator/");
  private static final String GUID =
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

  private final CatalogPageRenderer renderer = new CatalogPageRenderer();
  private final CatalogDataset dataset = CatalogDataset.defaultDataset();

  private static final Set<String> SEARCH_IDS =
      Set.of(
          "contentSection",
          "searchSubHeading",
          "ctl00_catalogBody_ResultsHeaderTable",
          "ctl00_catalogBody_searchString",
          "ctl00_catalogBody_moreResults",
          "ctl00_catalogBody_textMoreResults",
          "ctl00_catalogBody_navigationLinks",
          "numberOfUpdates",
          "ctl00_catalogBody_searchDuration",
          "ctl00_catalogBody_nextPageLink",
          "ctl00_catalogBody_nextPageLinkText",
          "tableContainer",
          "ctl00_catalogBody_updateMatches",
          "<guid>_R<n>",
          "<guid>_C1_R<n>",
          "<guid>_link",
          "<guid>_C2_R<n>",
          "<guid>_C3_R<n>",
          "<guid>_C4_R<n>",
          "<guid>_C5_R<n>",
          "<guid>_C6_R<n>",
          "<guid>_size",
          "<guid>_originalSize",
          "<guid>_C7_R<n>",
          "<guid>");

  @Test
  void firstOfFortySearchPagesMatchesThe2025Recording() {
    List<CatalogEntry> rows = CatalogDataset.generated(25, 1).entries();
    String html = renderer.searchPage("Windows 11 Security Update", rows, 0, 1000, true);

    CatalogSearchPage page = new SearchPageParser().parse(html, SIM);
    assertThat(page.countText()).isEqualTo("1 - 25 of 1000 (page 1 of 40)");
    assertThat(page.resultCapHit()).isTrue();
    assertThat(page.hasNextPage()).isTrue();
    assertThat(page.rows()).hasSize(25);
    assertThat(page.rows().get(0).updateId()).isEqualTo(rows.get(0).updateId());
    assertThat(page.rows().get(0).title()).isEqualTo(rows.get(0).title());
    assertThat(page.rows().get(0).sizeBytes()).isEqualTo(rows.get(0).sizeBytes());
    assertThat(page.rows().get(0).lastUpdated()).isEqualTo(rows.get(0).lastUpdated());

    assertSameShape(html, "10-search-2025-Windows11SecurityUpdate-page1of40.html", SEARCH_IDS);
  }

  @Test
  void lastSearchPageHasNoNextLinkLikeThe2023Recording() {
    List<CatalogEntry> rows = dataset.search("KB5062553");
    String html = renderer.searchPage("KB5062553", rows, 0, rows.size(), false);

    CatalogSearchPage page = new SearchPageParser().parse(html, SIM);
    assertThat(page.countText()).isEqualTo("1 - 4 of 4 (page 1 of 1)");
    assertThat(page.hasNextPage()).isFalse();
    assertThat(page.resultCapHit()).isFalse();
    assertThat(page.rows())
        .extracting(CatalogSearchRow::updateId)
        .containsExactlyElementsOf(rows.stream().map(CatalogEntry::updateId).toList());

    assertSameShape(html, "05-search-2023-KB5030211-12rows.html", SEARCH_IDS);
  }

  @Test
  void productsWithCommasSurviveTheRoundTrip() {
    List<CatalogEntry> rows = dataset.search("KB5062554");
    String html = renderer.searchPage("KB5062554", rows, 0, rows.size(), false);
    assertThat(new SearchPageParser().parse(html, SIM).rows())
        .allSatisfy(
            r -> assertThat(r.products()).containsExactly("Windows 10, version 1903 and later"));
  }

  @Test
  void noResultsPageMatchesThe2025Recording() {
    String html = renderer.noResultsPage("KB5000001");
    assertThat(new SearchPageParser().parse(html, SIM).noResults()).isTrue();
    assertSameShape(
        html,
        "09-search-2025-KB5000001-noresults.html",
        Set.of(
            "contentSection",
            "searchSubHeading",
            "ctl00_catalogBody_ResultsHeaderTable",
            "ctl00_catalogBody_noResultText",
            "ctl00_catalogBody_searchString",
            "ctl00_catalogBody_noResults",
            "tableContainer",
            "ctl00_catalogBody_updateMatches"));
  }

  @Test
  void errorPageMatchesThe2023Recording() {
    String html = renderer.errorPage("8DDD0010");
    assertThatThrownBy(() -> new SearchPageParser().parse(html, SIM))
        .isInstanceOfSatisfying(
            CatalogUnavailableException.class,
            e -> assertThat(e.errorNumber()).isEqualTo("8DDD0010"));
    assertSameShape(
        html,
        "07-error-2023-8DDD0010.html",
        Set.of(
            "errorPageHeader",
            "errorPageHeaderTable",
            "ctl00_catalogBody_errorHandler_textHeaderError",
            "errorPageDisplayedError",
            "ctl00_catalogBody_errorHandler_textErrorNumberError",
            "ctl00_catalogBody_updateMatches",
            "ctl00_catalogBody_noResultText"));
  }

  @Test
  void detailsPageMatchesThe2023Recording() {
    CatalogEntry june = dataset.find(July2025.WIN11_24H2_2025_06_X64).orElseThrow();
    String html = renderer.detailsPage(june, dataset);

    CatalogUpdateDetails d = new DetailsPageParser().parse(html, SIM);
    assertThat(d.updateId()).isEqualTo(june.updateId());
    assertThat(d.title()).isEqualTo(june.title());
    assertThat(d.kbs()).containsExactly("5060842");
    assertThat(d.lastModified()).contains(june.lastUpdated());
    assertThat(d.supersededBy()).containsExactlyElementsOf(june.supersededBy());

    assertSameShape(
        html,
        "08-details-2023-1b0b70c0-KB5025305.html",
        Set.of(
            "titleDiv",
            "ScopedViewHandler_titleText",
            "dateDiv",
            "ScopedViewHandler_date",
            "sizeDiv",
            "ScopedViewHandler_size",
            "updateIdDiv",
            "ScopedViewHandler_UpdateID",
            "tabBody",
            "overviewBox",
            "overviewLeftBox",
            "overviewRightBox",
            "archDiv",
            "classificationDiv",
            "productsDiv",
            "languagesDiv",
            "ScopedViewHandler_SoftwareInfo",
            "securityBullitenDiv",
            "msrcSeverityDiv",
            "ScopedViewHandler_msrcSeverity",
            "kbDiv",
            "packageBox",
            "ScopedViewHandler_softwarePackage",
            "supersededbyInfo",
            "supersedesInfo",
            "installBox",
            "rebootBehaviorDiv",
            "ScopedViewHandler_rebootBehavior"));
  }

  @Test
  void downloadDialogMatchesThe2019Recording() {
    CatalogEntry july = dataset.find(July2025.SERVER2022_2025_07).orElseThrow();
    String html = renderer.downloadDialog(List.of(july));

    List<CatalogDownloadUpdate> updates = new DownloadDialogParser().parse(html, SIM);
    assertThat(updates)
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.updateId()).isEqualTo(july.updateId());
              assertThat(u.title()).isEqualTo(july.title());
              assertThat(u.files())
                  .extracting(CatalogDownloadFile::url)
                  .containsExactly(july.files().get(0).url());
              assertThat(u.files().get(0).sha1Base64()).isEqualTo(july.files().get(0).sha1Base64());
            });
    assertSameShape(
        html,
        "03-downloaddialog-2019-601956e3-KB4011677-41files.html",
        Set.of(
            "tableContainer",
            "basketContents",
            "headerRow",
            "<guid>_R<n>",
            "<guid>_C1_R<n>",
            "<guid>_C2_R<n>",
            "ctl00_catalogBody_updateMatches"));
    // Both pages declare the script array the parser needs, with the same assignments.
    String recorded = CatalogSamples.text("03-downloaddialog-2019-601956e3-KB4011677-41files.html");
    for (String field :
        List.of(
            ".updateID =",
            ".enTitle =",
            ".files[0].url =",
            ".files[0].digest =",
            ".files[0].fileName =")) {
      assertThat(recorded).contains("downloadInformation[0]" + field);
      assertThat(html).contains("downloadInformation[0]" + field);
    }
  }

  /**
   * For every interesting id on the recorded page: the same id exists on the simulator page with
   * the same chain of interesting ancestors; ids absent from the recording are absent from the
   * simulator page too.
   */
  private static void assertSameShape(
      String simHtml, String recordedFile, Set<String> interesting) {
    Map<String, List<String>> recorded =
        shape(Jsoup.parse(CatalogSamples.text(recordedFile)), interesting);
    Map<String, List<String>> simulated = shape(Jsoup.parse(simHtml), interesting);
    assertThat(recorded).as("ids found on " + recordedFile).hasSizeGreaterThanOrEqualTo(3);
    assertThat(simulated)
        .as("element ids and their id-bearing ancestors vs " + recordedFile)
        .isEqualTo(recorded);
  }

  private static Map<String, List<String>> shape(Document doc, Set<String> interesting) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Element e : doc.getAllElements()) {
      String id = normalize(e.id());
      if (id.isEmpty() || !interesting.contains(id) || out.containsKey(id)) {
        continue;
      }
      List<String> chain = new ArrayList<>();
      for (Element p = e.parent(); p != null; p = p.parent()) {
        String pid = normalize(p.id());
        if (interesting.contains(pid)) {
          chain.add(pid);
        }
      }
      out.put(id, chain);
    }
    return out;
  }

  private static String normalize(String id) {
    return id.replaceAll(GUID, "<guid>").replaceAll("_R\\d+$", "_R<n>");
  }
}
