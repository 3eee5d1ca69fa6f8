package io.jenkins.plugins.wsus.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@link SearchPageParser} on every recorded search page. Expected values were written down by
 * reading the recorded HTML (row ids, cells, count text), not by running the parser.
 */
class RecordedSearchPagesTest {
  private final SearchPageParser parser = new SearchPageParser();

  private CatalogSearchPage parse(String file) {
    return parser.parse(CatalogSamples.bytes(file), CatalogSamples.url(file));
  }

  @Test
  void search2019TwoRowsLastPage() {
    CatalogSearchPage page = parse("01-search-2019-KB4022233-2rows.html");

    assertThat(page.countText()).isEqualTo("1 - 2 of 2 (page 1 of 1)");
    assertThat(page.totalCount()).isEqualTo(2);
    assertThat(page.pageNumber()).isEqualTo(1);
    assertThat(page.pageCount()).isEqualTo(1);
    assertThat(page.resultCapHit()).isFalse();
    assertThat(page.hasNextPage()).isFalse();
    assertThat(page.noResults()).isFalse();
    assertThat(page.rows())
        .containsExactly(
            new CatalogSearchRow(
                UUID.fromString("d001ca72-ce16-4700-9a6d-b2bb28974002"),
                "Update for Microsoft Office 2013 (KB4022233) 64-Bit Edition",
                List.of("Office 2013"),
                "Critical Updates",
                LocalDate.of(2018, 9, 11),
                "n/a",
                "10.9 MB",
                11_457_318L),
            new CatalogSearchRow(
                UUID.fromString("a54c634e-3dc5-4f5b-9e0f-40e9a221c6a5"),
                "Update for Microsoft Office 2013 (KB4022233) 32-Bit Edition",
                List.of("Office 2013"),
                "Critical Updates",
                LocalDate.of(2018, 9, 11),
                "n/a",
                "8.9 MB",
                9_325_490L));
  }

  @Test
  void search2019FirstOfFortyPagesWithCap() {
    CatalogSearchPage page = parse("02-search-2019-Office2013-page1of40.html");

    assertThat(page.countText()).isEqualTo("1 - 25 of 1000 (page 1 of 40)");
    assertThat(page.totalCount()).isEqualTo(1000);
    assertThat(page.pageNumber()).isEqualTo(1);
    assertThat(page.pageCount()).isEqualTo(40);
    assertThat(page.resultCapHit()).isTrue();
    assertThat(page.hasNextPage()).isTrue();
    assertThat(page.rows()).hasSize(25);
    assertThat(page.rows().get(0).updateId())
        .isEqualTo(UUID.fromString("1fd12850-50f0-4cb9-9fc0-9df72443ae87"));
    assertThat(page.rows().get(0).title())
        .isEqualTo("Update for Microsoft Office 2013 (KB4475562) 64-Bit Edition");
    assertThat(page.rows().get(0).lastUpdated()).isEqualTo(LocalDate.of(2019, 9, 10));
    assertThat(page.rows().get(0).sizeBytes()).isEqualTo(3_686_124L);

    CatalogSearchRow row5 = page.rows().get(5);
    assertThat(row5.updateId()).isEqualTo(UUID.fromString("601956e3-f2f0-469a-a7fe-cad6c0b4f665"));
    assertThat(row5.title())
        .isEqualTo("Update for Microsoft Office 2013 (KB4011677) 32-Bit Edition");
    assertThat(row5.lastUpdated()).isEqualTo(LocalDate.of(2019, 5, 14));
    assertThat(row5.sizeText()).isEqualTo("109.2 MB");
    assertThat(row5.sizeBytes()).isEqualTo(114_503_680L);

    CatalogSearchRow row10 = page.rows().get(10);
    assertThat(row10.updateId()).isEqualTo(UUID.fromString("6726024b-1689-464a-a958-49e0a76f2538"));
    assertThat(row10.sizeText()).isEqualTo("353 KB");
    assertThat(row10.sizeBytes()).isEqualTo(361_564L);

    CatalogSearchRow last = page.rows().get(24);
    assertThat(last.updateId()).isEqualTo(UUID.fromString("d001ca72-ce16-4700-9a6d-b2bb28974002"));
    assertThat(last.lastUpdated()).isEqualTo(LocalDate.of(2018, 9, 11));
  }

  @Test
  void search2023TwelveRowsWithTwoDigitRowIndexAndCommaProducts() {
    CatalogSearchPage page = parse("05-search-2023-KB5030211-12rows.html");

    assertThat(page.countText()).isEqualTo("1 - 12 of 12 (page 1 of 1)");
    assertThat(page.resultCapHit()).isFalse();
    assertThat(page.hasNextPage()).isFalse();
    assertThat(page.rows()).hasSize(12);
    assertThat(page.rows().get(0))
        .isEqualTo(
            new CatalogSearchRow(
                UUID.fromString("453112b9-83bb-403c-9263-018ffe515016"),
                "2023-09 Cumulative Update for Windows 10 Version 21H2 for x64-based Systems (KB5030211)",
                List.of("Windows 10 LTSB", "Windows 10, version 1903 and later"),
                "Security Updates",
                LocalDate.of(2023, 9, 12),
                "n/a",
                "765.0 MB",
                802_153_202L));
    assertThat(page.rows().get(1).title())
        .isEqualTo(
            "2023-09 Dynamic Cumulative Update for Windows 10 Version 21H2 for ARM64-based Systems (KB5030211)");
    assertThat(page.rows().get(1).products()).containsExactly("Windows 10 and later GDR-DU");
    assertThat(page.rows().get(1).sizeBytes()).isEqualTo(811_959_866L);
    assertThat(page.rows().get(10).updateId())
        .isEqualTo(UUID.fromString("590018dd-2c62-42b7-bd0b-e065f9283f36"));
    assertThat(page.rows().get(11).updateId())
        .isEqualTo(UUID.fromString("aaba42ce-ba39-4d0a-94af-0f51e68d5bfb"));
    assertThat(page.rows().get(11).title())
        .isEqualTo(
            "2023-09 Dynamic Cumulative Update for Windows 10 Version 22H2 for x64-based Systems (KB5030211)");
    assertThat(page.rows().get(11).sizeBytes()).isEqualTo(785_680_490L);
  }

  @Test
  void search2025FirstOfFortyPages() {
    CatalogSearchPage page = parse("10-search-2025-Windows11SecurityUpdate-page1of40.html");

    assertThat(page.countText()).isEqualTo("1 - 25 of 1000 (page 1 of 40)");
    assertThat(page.pageCount()).isEqualTo(40);
    assertThat(page.resultCapHit()).isTrue();
    assertThat(page.hasNextPage()).isTrue();
    assertThat(page.rows()).hasSize(25);
    assertThat(page.rows().get(0))
        .isEqualTo(
            new CatalogSearchRow(
                UUID.fromString("26c4fce4-5f86-4e42-82ab-de9aebd00725"),
                "Kaspersky Security Data Escort Provider - net - 32.1.110.0",
                List.of(
                    "Windows 11 Client, version 24H2 and later",
                    "Servicing Drivers",
                    "Windows 11 Client S, version 24H2 and later",
                    "Upgrade & Servicing Drivers"),
                "Drivers (Networking)",
                LocalDate.of(2025, 4, 10),
                "n/a",
                "1.2 MB",
                1_217_704L));
    assertThat(page.rows().get(11).products())
        .containsExactly("Windows 11 Client, version 22H2 and later", "Servicing Drivers");
    CatalogSearchRow row22 = page.rows().get(22);
    assertThat(row22.updateId()).isEqualTo(UUID.fromString("200f8d1c-0b7c-4375-98fc-6c92e1e6ebe8"));
    assertThat(row22.title()).isEqualTo("Grizzly Security Ltd - AntiVirus - 1.0.186.481");
    assertThat(row22.classification()).isEqualTo("Drivers (Other Hardware)");
    assertThat(row22.lastUpdated()).isEqualTo(LocalDate.of(2025, 3, 5));
    assertThat(row22.sizeText()).isEqualTo("111 KB");
    assertThat(row22.sizeBytes()).isEqualTo(113_757L);
    assertThat(page.rows().get(24).updateId())
        .isEqualTo(UUID.fromString("72f3d20e-ed5f-46df-bbf8-c0176a4eb4f1"));
    assertThat(page.rows().get(24).sizeBytes()).isEqualTo(139_989L);
  }

  @Test
  void search2025PageScriptPagesByZeroBasedQueryStringIndex() {
    // What the client relies on: the 2025 page no longer posts back; its own script reads the
    // current index from the query string (0 when absent), increments it and navigates. The
    // parameter NAME comes from an unrecorded script (Constants.QueryStringPageIndex); "p" is what
    // third-party tools use, so it is configurable (CatalogClientConfig.pageParameter).
    String html = CatalogSamples.text("10-search-2025-Windows11SecurityUpdate-page1of40.html");
    assertThat(html)
        .contains(
            "const PAGE_INDEX = Microsoft.UpdateServices.Catalog.Constants.QueryStringPageIndex;")
        .contains("var pageIndex = 0;")
        .contains("pageIndex++;")
        .contains("url.searchParams.set(PAGE_INDEX, pageIndex);");
  }

  @Test
  void noResultsPageIsAnEmptyResultNotAnError() {
    CatalogSearchPage page = parse("09-search-2025-KB5000001-noresults.html");

    assertThat(page.noResults()).isTrue();
    assertThat(page.rows()).isEmpty();
    assertThat(page.totalCount()).isZero();
  }

  @Test
  void errorPageIsATransientUnavailableError() {
    String file = "07-error-2023-8DDD0010.html";
    byte[] page =
        CatalogSamples.bytes(file); // outside the lambda: a missing sample skips, not fails
    assertThatThrownBy(() -> parser.parse(page, CatalogSamples.url(file)))
        .isInstanceOfSatisfying(
            CatalogUnavailableException.class,
            e -> {
              assertThat(e.errorNumber()).isEqualTo("8DDD0010");
              assertThat(e.isTransient()).isTrue();
              assertThat(e.url()).contains("07-error-2023-8DDD0010.html");
            });
  }

  @Test
  void downloadDialogBasketRowsAreNotSearchRows() {
    // The dialog reuses <guid>_R0 row ids in its basket table; without the results table the page
    // is not a search page.
    String file = "03-downloaddialog-2019-601956e3-KB4011677-41files.html";
    byte[] page = CatalogSamples.bytes(file);
    assertThatThrownBy(() -> parser.parse(page, CatalogSamples.url(file)))
        .isInstanceOf(CatalogParseException.class)
        .hasMessageContaining("ctl00_catalogBody_updateMatches")
        .hasMessageContaining("03-downloaddialog");
  }
}
