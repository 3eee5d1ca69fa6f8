package io.jenkins.plugins.wsus.simulator.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.wsus.simulator.CatalogMetadataSource.CatalogMetadata;
import io.jenkins.plugins.wsus.simulator.catalog.CatalogDataset.July2025;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The catalog simulator over real HTTP, checked with plain string matching (no client code). */
@Timeout(60)
class CatalogSimulatorTest {
  private static final Pattern ROW = Pattern.compile("<tr id=\"([0-9a-f-]{36})_R(\\d+)\">");

  private CatalogSimulator.Running running;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @BeforeEach
  void start() {
    running =
        CatalogSimulator.start(
            CatalogDataset.defaultDataset().plus(CatalogDataset.generated(1100, 3)));
  }

  @AfterEach
  void stop() {
    running.close();
  }

  private HttpResponse<String> get(String pathAndQuery) throws Exception {
    return http.send(
        HttpRequest.newBuilder(running.baseUri().resolve(pathAndQuery))
            .timeout(Duration.ofSeconds(20))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> postForm(String form) throws Exception {
    return http.send(
        HttpRequest.newBuilder(running.baseUri().resolve("DownloadDialog.aspx"))
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static List<String> rowIds(String html) {
    Matcher m = ROW.matcher(html);
    List<String> ids = new java.util.ArrayList<>();
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  @Test
  void firstPageOfACappedSearch() throws Exception {
    HttpResponse<String> r = get("Search.aspx?q=Windows+11+Security+Update");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
    String html = r.body();
    assertThat(html)
        .contains(
            "<span id=\"ctl00_catalogBody_searchDuration\">1 - 25 of 1000 (page 1 of 40)</span>")
        .contains("id=\"ctl00_catalogBody_moreResults\"")
        .contains("Only the first 1000 are returned.")
        .contains("id=\"ctl00_catalogBody_nextPageLinkText\"")
        .contains(
            "<span id=\"ctl00_catalogBody_searchString\">\"Windows 11 Security Update\"</span>");
    assertThat(rowIds(html)).hasSize(25).doesNotHaveDuplicates();
  }

  @Test
  void pagingByZeroBasedQueryStringIndex() throws Exception {
    String page1 = get("Search.aspx?q=Windows+11+Security+Update").body();
    String page2 = get("Search.aspx?q=Windows+11+Security+Update&p=1").body();
    String last = get("Search.aspx?q=Windows+11+Security+Update&p=39").body();

    assertThat(page2).contains("26 - 50 of 1000 (page 2 of 40)");
    assertThat(rowIds(page2)).doesNotContainAnyElementsOf(rowIds(page1));
    assertThat(last)
        .contains("976 - 1000 of 1000 (page 40 of 40)")
        .doesNotContain("ctl00_catalogBody_nextPageLinkText")
        .contains("id=\"ctl00_catalogBody_nextPage\"");
    assertThat(rowIds(last)).hasSize(25);
  }

  @Test
  void smallSearchIsOnePageWithoutCapOrNextLink() throws Exception {
    String html = get("Search.aspx?q=KB5062553").body();
    assertThat(html)
        .contains("1 - 4 of 4 (page 1 of 1)")
        .doesNotContain("ctl00_catalogBody_moreResults")
        .doesNotContain("ctl00_catalogBody_nextPageLinkText");
    assertThat(rowIds(html))
        .containsExactly(
            July2025.WIN11_24H2_2025_07_X64.toString(),
            July2025.WIN11_24H2_2025_07_ARM64.toString(),
            July2025.SERVER2025_2025_07.toString(),
            July2025.WIN11_24H2_2025_07_DYNAMIC_X64.toString());
    assertThat(html)
        .contains("id=\"" + July2025.WIN11_24H2_2025_07_X64 + "_originalSize\">3412754105</span>");
  }

  @Test
  void noResultsPage() throws Exception {
    HttpResponse<String> r = get("Search.aspx?q=KB5000001");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("id=\"ctl00_catalogBody_noResultText\"")
        .doesNotContain("ctl00_catalogBody_updateMatches");
  }

  @Test
  void detailsPage() throws Exception {
    String html = get("ScopedViewInline.aspx?updateid=" + July2025.SERVER2022_2025_06).body();
    assertThat(html)
        .contains(
            "<span id=\"ScopedViewHandler_titleText\">2025-06 Cumulative Update for Microsoft server operating system version 21H2 for x64-based Systems (KB5060526)</span>")
        .contains(
            "<span id=\"ScopedViewHandler_UpdateID\">" + July2025.SERVER2022_2025_06 + "</span>")
        .contains("ScopedViewInline.aspx?updateid=" + July2025.SERVER2022_2025_07)
        .contains("ScopedViewInline.aspx?updateid=" + July2025.SERVER2022_2025_06_PREVIEW)
        .contains("<span id=\"ScopedViewHandler_rebootBehavior\">Can request restart</span>");
    assertThat(
            get("ScopedViewInline.aspx?updateid=00000000-0000-0000-0000-000000000009").statusCode())
        .isEqualTo(404);
  }

  @Test
  void downloadDialogListsFilesOfKnownUpdates() throws Exception {
    String json =
        "[{\"size\":0,\"languages\":\"\",\"uidInfo\":\"%1$s\",\"updateID\":\"%1$s\"}]"
            .formatted(July2025.WIN11_24H2_2025_07_X64);
    HttpResponse<String> r =
        postForm("updateIDs=" + URLEncoder.encode(json, StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(200);
    CatalogFile file =
        running
            .simulator()
            .dataset()
            .find(July2025.WIN11_24H2_2025_07_X64)
            .orElseThrow()
            .files()
            .get(0);
    assertThat(r.body())
        .contains("var downloadInformation = new Array();")
        .contains("downloadInformation[0].updateID ='" + July2025.WIN11_24H2_2025_07_X64 + "';")
        .contains("downloadInformation[0].files[0].url = '" + file.url() + "';")
        .contains("downloadInformation[0].files[0].digest = '" + file.sha1Base64() + "';")
        .contains("<tr id=\"" + July2025.WIN11_24H2_2025_07_X64 + "_R0\">");
    assertThat(file.url()).startsWith("https://catalog.sf.dl.delivery.mp.microsoft.com/");
  }

  @Test
  void downloadDialogWithoutContentLengthGets411() throws Exception {
    byte[] form = "updateIDs=%5B%5D".getBytes(StandardCharsets.US_ASCII);
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(running.baseUri().resolve("DownloadDialog.aspx"))
                .timeout(Duration.ofSeconds(20))
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(form)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(411);
    assertThat(r.body()).contains("HTTP Error 411");
  }

  @Test
  void errorScenariosSwitchAtRuntime() throws Exception {
    CatalogSimulator sim = running.simulator();
    sim.setScenario(CatalogScenario.errorPageAlways());
    HttpResponse<String> error = get("Search.aspx?q=KB5062553");
    assertThat(error.statusCode()).isEqualTo(200);
    assertThat(error.body())
        .contains("<div id=\"errorPageDisplayedError\"")
        .contains("8DDD0010]")
        .doesNotContain("ctl00_catalogBody_updateMatches");

    sim.setScenario(CatalogScenario.errorPageForNext(2));
    assertThat(get("Search.aspx?q=KB5062553").body()).contains("errorPageDisplayedError");
    assertThat(get("ScopedViewInline.aspx?updateid=" + July2025.SERVER2022_2025_07).body())
        .contains("errorPageDisplayedError");
    assertThat(get("Search.aspx?q=KB5062553").body()).contains("ctl00_catalogBody_updateMatches");

    sim.setScenario(CatalogScenario.healthy());
    assertThat(get("Search.aspx?q=KB5062553").body()).doesNotContain("errorPageDisplayedError");
  }

  @Test
  void errorProbabilityIsSeededAndRoughlyHonoured() throws Exception {
    CatalogSimulator sim = running.simulator();
    sim.setScenario(CatalogScenario.errorPageWithProbability(0.5, 42));
    long before = sim.errorPagesServed();
    for (int i = 0; i < 40; i++) {
      get("Search.aspx?q=KB5062553");
    }
    long errors = sim.errorPagesServed() - before;
    assertThat(errors).isBetween(5L, 35L);

    sim.setScenario(CatalogScenario.errorPageWithProbability(0.0, 42));
    assertThat(get("Search.aspx?q=KB5062553").body()).doesNotContain("errorPageDisplayedError");
  }

  @Test
  void slowScenarioStillAnswers() throws Exception {
    running.simulator().setScenario(CatalogScenario.slow(Duration.ofMillis(100)));
    assertThat(get("Search.aspx?q=KB5062553").body()).contains("1 - 4 of 4 (page 1 of 1)");
  }

  @Test
  void rowOrderCanBeShuffledDeterministically() throws Exception {
    running.simulator().setRowOrderSeed(5L);
    List<String> a = rowIds(get("Search.aspx?q=KB5062553").body());
    List<String> b = rowIds(get("Search.aspx?q=KB5062553").body());
    assertThat(a).isEqualTo(b).hasSize(4);
  }

  @Test
  void unknownPathsAreNotHandled() throws Exception {
    assertThat(get("Home.aspx").statusCode()).isEqualTo(404);
  }

  @Test
  void datasetIsTheWsusImportsMetadataSource() {
    CatalogDataset ds = CatalogDataset.defaultDataset();
    CatalogMetadata m = ds.metadataFor(July2025.SERVER2022_2025_07).orElseThrow();
    assertThat(m.updateId()).isEqualTo(July2025.SERVER2022_2025_07);
    assertThat(m.kb()).isEqualTo("KB5062572");
    assertThat(m.classification()).isEqualTo("Security Updates");
    assertThat(m.products()).containsExactly("Microsoft Server operating system-21H2");
    assertThat(m.revisionNumber()).isPositive();
    assertThat(ds.metadataFor(java.util.UUID.randomUUID())).isEmpty();
  }

  @Test
  void generatedDatasetsAreDeterministic() {
    assertThat(CatalogDataset.generated(50, 9).entries())
        .isEqualTo(CatalogDataset.generated(50, 9).entries());
    assertThat(CatalogDataset.generated(1001, 9).search("Windows 11 Security Update"))
        .hasSize(1001);
  }

  @Test
  void sizeTextLikeTheCatalog() {
    assertThat(CatalogPageRenderer.sizeText(802_153_202L)).isEqualTo("765.0 MB");
    assertThat(CatalogPageRenderer.sizeText(361_564L)).isEqualTo("353 KB");
    assertThat(CatalogPageRenderer.sizeText(1_217_704L)).isEqualTo("1.2 MB");
    assertThat(CatalogPageRenderer.sizeText(3_412_754_105L)).isEqualTo("3.2 GB");
  }

  @Test
  void handlerMountsInAnotherServer() throws Exception {
    CatalogSimulator sim = new CatalogSimulator(CatalogDataset.defaultDataset());
    org.eclipse.jetty.server.Server server = new org.eclipse.jetty.server.Server();
    org.eclipse.jetty.server.ServerConnector connector =
        new org.eclipse.jetty.server.ServerConnector(server);
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    server.setHandler(sim.handler());
    server.start();
    try {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(
                      URI.create(
                          "http://127.0.0.1:"
                              + connector.getLocalPort()
                              + "/catalog/Search.aspx?q=KB5062572"))
                  .timeout(Duration.ofSeconds(20))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(r.body()).contains("1 - 1 of 1 (page 1 of 1)");
      assertThat(sim.requestCount()).isEqualTo(1);
    } finally {
      server.stop();
    }
  }
}
