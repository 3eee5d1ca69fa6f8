package io.jenkins.plugins.wsus.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** Pages of an unexpected shape give a {@link CatalogParseException} naming URL and element. */
class MangledPagesTest {
  private static final URI URL = URI.create("https://catalog.example/Search.aspx?q=KB5030211");

  @Test
  void searchPageWithoutCountText() {
    String html =
        CatalogSamples.text("05-search-2023-KB5030211-12rows.html")
            .replace("id=\"ctl00_catalogBody_searchDuration\"", "id=\"renamed\"");
    assertThatThrownBy(() -> new SearchPageParser().parse(html, URL))
        .isInstanceOfSatisfying(
            CatalogParseException.class,
            e -> {
              assertThat(e.url()).isEqualTo(URL.toString());
              assertThat(e.problem()).contains("ctl00_catalogBody_searchDuration");
              assertThat(e.isTransient()).isFalse();
            });
  }

  @Test
  void searchRowWithoutSizeInBytes() {
    String html =
        CatalogSamples.text("05-search-2023-KB5030211-12rows.html")
            .replace("id=\"7969059c-6aad-4562-a40f-8c764af68e86_originalSize\"", "id=\"mangled\"");
    assertThatThrownBy(() -> new SearchPageParser().parse(html, URL))
        .isInstanceOf(CatalogParseException.class)
        .hasMessageContaining(URL.toString())
        .hasMessageContaining("row 6 (7969059c-6aad-4562-a40f-8c764af68e86)")
        .hasMessageContaining("7969059c-6aad-4562-a40f-8c764af68e86_originalSize");
  }

  @Test
  void searchRowWithBadDate() {
    String html =
        CatalogSamples.text("01-search-2019-KB4022233-2rows.html")
            .replaceFirst("9/11/2018", "2018-09-11");
    assertThatThrownBy(() -> new SearchPageParser().parse(html, URL))
        .isInstanceOf(CatalogParseException.class)
        .hasMessageContaining("last updated is not a M/d/yyyy date: '2018-09-11'");
  }

  @Test
  void unrelatedPage() {
    assertThatThrownBy(() -> new SearchPageParser().parse("<html><body>Hi</body></html>", URL))
        .isInstanceOf(CatalogParseException.class)
        .hasMessageContaining("ctl00_catalogBody_updateMatches");
    assertThatThrownBy(() -> new SearchPageParser().parse(new byte[0], URL))
        .isInstanceOf(CatalogParseException.class);
  }

  @Test
  void detailsPageWithoutKbBlock() {
    URI url =
        URI.create(
            "https://catalog.example/ScopedViewInline.aspx?updateid=1b0b70c0-191e-42f6-8808-c1b50deacb3b");
    String html =
        CatalogSamples.text("08-details-2023-1b0b70c0-KB5025305.html")
            .replace("id=\"kbDiv\"", "id=\"gone\"");
    assertThatThrownBy(() -> new DetailsPageParser().parse(html, url))
        .isInstanceOf(CatalogParseException.class)
        .hasMessageContaining(url.toString())
        .hasMessageContaining("kbDiv");
  }

  @Test
  void detailsPageWithBadUpdateId() {
    String html =
        CatalogSamples.text("08-details-2023-1b0b70c0-KB5025305.html")
            .replace(">1b0b70c0-191e-42f6-8808-c1b50deacb3b</span>", ">not-a-guid</span>");
    assertThatThrownBy(() -> new DetailsPageParser().parse(html, URL))
        .isInstanceOf(CatalogParseException.class)
        .hasMessageContaining("update id is not a GUID: 'not-a-guid'");
  }

  @Test
  void downloadDialogWithoutScriptArray() {
    String html =
        CatalogSamples.text("03-downloaddialog-2019-601956e3-KB4011677-41files.html")
            .replace("var downloadInformation = new Array();", "");
    assertThatThrownBy(() -> new DownloadDialogParser().parse(html, URL))
        .isInstanceOf(CatalogParseException.class)
        .hasMessageContaining("downloadInformation");
  }

  @Test
  void downloadDialogFileWithoutUrl() {
    String html =
        CatalogSamples.text("03-downloaddialog-2019-601956e3-KB4011677-41files.html")
            .replace("downloadInformation[0].files[3].url", "downloadInformation[0].files[3].uri");
    assertThatThrownBy(() -> new DownloadDialogParser().parse(html, URL))
        .isInstanceOf(CatalogParseException.class)
        .hasMessageContaining("downloadInformation[0].files[3].url is missing");
  }

  @Test
  void downloadDialogSpacingAroundEqualsVaries() {
    String html =
        "<script>var downloadInformation=new Array();\n"
            + "downloadInformation[0]=new Object();\n"
            + "downloadInformation[0].updateID='601956e3-f2f0-469a-a7fe-cad6c0b4f665';\n"
            + "downloadInformation[0].enTitle =  'It\\'s a title';\n"
            + "downloadInformation[0].files[0].url='https://catalog.s.download.windowsupdate.com/a.cab';\n"
            + "downloadInformation[0].files[0].digest   =   'AAAA';\n"
            + "downloadInformation[0].files[0].longLanguages = 'en-us';\n"
            + "downloadInformation[0].files[0].languages= 'en';\n"
            + "</script>";
    var updates = new DownloadDialogParser().parse(html, URL);
    assertThat(updates).hasSize(1);
    assertThat(updates.get(0).title()).isEqualTo("It's a title");
    var f = updates.get(0).files().get(0);
    assertThat(f.url()).isEqualTo("https://catalog.s.download.windowsupdate.com/a.cab");
    assertThat(f.fileName()).isEqualTo("a.cab");
    assertThat(f.sha1Base64()).isEqualTo("AAAA");
    assertThat(f.languages()).isEqualTo("en");
  }
}
