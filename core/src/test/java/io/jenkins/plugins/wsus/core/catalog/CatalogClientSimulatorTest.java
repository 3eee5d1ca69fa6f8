package io.jenkins.plugins.wsus.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.wsus.simulator.catalog.CatalogDataset;
import io.jenkins.plugins.wsus.simulator.catalog.CatalogDataset.July2025;
import io.jenkins.plugins.wsus.simulator.catalog.CatalogFile;
import io.jenkins.plugins.wsus.simulator.catalog.CatalogPageRenderer;
import io.jenkins.plugins.wsus.simulator.catalog.CatalogScenario;
import io.jenkins.plugins.wsus.simulator.catalog.CatalogSimulator;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link CatalogClient} against the catalog simulator over real HTTP on loopback. */
@Timeout(60)
class CatalogClientSimulatorTest {
  private CatalogSimulator.Running running;
  private CatalogSimulator sim;
  private CatalogClient client;

  @BeforeEach
  void start() {
    running =
        CatalogSimulator.start(
            CatalogDataset.defaultDataset().plus(CatalogDataset.generated(1100, 7)));
    sim = running.simulator();
    client = new CatalogClient(config());
  }

  private CatalogClientConfig config() {
    return CatalogClientConfig.defaults()
        .withBaseUrl(running.baseUri())
        .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(20));
  }

  @AfterEach
  void stop() {
    client.close();
    running.close();
  }

  @Test
  void searchFollowsFortyPagesAndReportsTheCap() {
    CatalogSearchResult r = client.search("Windows 11 Security Update", 40);

    assertThat(r.rows()).hasSize(1000);
    assertThat(r.pagesFetched()).isEqualTo(40);
    assertThat(r.pageCount()).isEqualTo(40);
    assertThat(r.countText()).isEqualTo("1 - 25 of 1000 (page 1 of 40)");
    assertThat(r.resultCapHit()).isTrue();
    assertThat(r.pageLimitHit()).isFalse();
    assertThat(r.isComplete()).isFalse();
    assertThat(r.rows().stream().map(CatalogSearchRow::updateId).distinct()).hasSize(1000);
    assertThat(r.rows())
        .anySatisfy(row -> assertThat(row.sizeBytes()).isGreaterThan(Integer.MAX_VALUE));
  }

  @Test
  void searchStopsAtThePageLimitAndSaysSo() {
    CatalogSearchResult r = client.search("Windows 11 Security Update", 3);

    assertThat(r.rows()).hasSize(75);
    assertThat(r.pagesFetched()).isEqualTo(3);
    assertThat(r.pageLimitHit()).isTrue();
    assertThat(r.isComplete()).isFalse();
  }

  @Test
  void smallSearchIsCompleteOnOnePage() {
    CatalogSearchResult r = client.search("KB5062553", 40);

    assertThat(r.rows()).hasSize(4);
    assertThat(r.countText()).isEqualTo("1 - 4 of 4 (page 1 of 1)");
    assertThat(r.isComplete()).isTrue();
    CatalogSearchRow x64 =
        r.rows().stream()
            .filter(row -> row.updateId().equals(July2025.WIN11_24H2_2025_07_X64))
            .findFirst()
            .orElseThrow();
    assertThat(x64.title())
        .isEqualTo(
            "2025-07 Cumulative Update for Windows 11 Version 24H2 for x64-based Systems (KB5062553)");
    assertThat(x64.lastUpdated()).isEqualTo(LocalDate.of(2025, 7, 8));
    assertThat(x64.sizeBytes()).isEqualTo(3_412_754_105L);
    assertThat(x64.sizeText()).isEqualTo("3.2 GB");
  }

  @Test
  void noResultsIsEmpty() {
    CatalogSearchResult r = client.search("KB5000001", 40);
    assertThat(r.isEmpty()).isTrue();
    assertThat(r.pagesFetched()).isEqualTo(1);
  }

  @Test
  void wrongPagingParameterIsDetectedNotRepeated() {
    try (CatalogClient wrong = new CatalogClient(config().withPageParameter("page"))) {
      assertThatThrownBy(() -> wrong.search("Windows 11 Security Update", 40))
          .isInstanceOf(CatalogParseException.class)
          .hasMessageContaining("asked for page 2 with 'page=1' but the catalog showed page 1");
    }
  }

  @Test
  void detailsWithSupersedence() {
    CatalogUpdateDetails d = client.details(July2025.WIN11_24H2_2025_06_X64);

    assertThat(d.title())
        .isEqualTo(
            "2025-06 Cumulative Update for Windows 11 Version 24H2 for x64-based Systems (KB5060842)");
    assertThat(d.kbs()).containsExactly("5060842");
    assertThat(d.products()).containsExactly("Windows 11");
    assertThat(d.classification()).isEqualTo("Security Updates");
    assertThat(d.msrcSeverity()).contains("Critical");
    assertThat(d.architectures()).containsExactly("AMD64");
    assertThat(d.languages()).containsExactly("all");
    assertThat(d.rebootBehavior()).isEqualTo("Can request restart");
    assertThat(d.supersededBy())
        .containsExactly(July2025.WIN11_24H2_2025_06_PREVIEW_X64, July2025.WIN11_24H2_2025_07_X64);
    assertThat(d.supersedes()).isEmpty();

    CatalogUpdateDetails july = client.details(July2025.WIN11_24H2_2025_07_X64);
    assertThat(july.isSuperseded()).isFalse();
    assertThat(july.supersedes())
        .containsExactlyInAnyOrder(
            "2025-06 Cumulative Update Preview for Windows 11 Version 24H2 for x64-based Systems (KB5060829)",
            "2025-06 Cumulative Update for Windows 11 Version 24H2 for x64-based Systems (KB5060842)");

    CatalogUpdateDetails win10 = client.details(July2025.WIN10_22H2_2025_07_X64);
    assertThat(win10.products()).containsExactly("Windows 10, version 1903 and later");
  }

  @Test
  void unknownUpdateIsAPermanentHttpError() {
    assertThatThrownBy(
            () -> client.details(UUID.fromString("00000000-0000-0000-0000-000000000001")))
        .isInstanceOfSatisfying(
            CatalogHttpException.class,
            e -> {
              assertThat(e.status()).isEqualTo(404);
              assertThat(e.isTransient()).isFalse();
            });
  }

  @Test
  void downloadInfoListsFilesOnAllowedHosts() {
    CatalogDownloadInfo info =
        client.downloadInfo(List.of(July2025.SERVER2022_2025_07, July2025.WIN11_24H2_2025_07_X64));

    assertThat(info.updates())
        .extracting(CatalogDownloadUpdate::updateId)
        .containsExactly(July2025.SERVER2022_2025_07, July2025.WIN11_24H2_2025_07_X64);
    assertThat(info.allowedFiles()).hasSize(2);
    assertThat(info.rejected()).isEmpty();
    assertThat(info.missing()).isEmpty();
    CatalogDownloadFile f = info.allowedFiles().get(0);
    assertThat(f.url())
        .startsWith("https://catalog.sf.dl.delivery.mp.microsoft.com/filestreamingservice/files/")
        .endsWith(f.fileName());
    assertThat(f.fileName()).contains("kb5062572-x64_" + f.sha1Hex());
  }

  @Test
  void downloadUrlOnAnotherHostIsReportedNotFollowed() {
    UUID id = CatalogDataset.idOf("foreign-host");
    sim.setDataset(
        CatalogDataset.of(
            List.of(
                CatalogDataset.entry(
                        id,
                        "2025-07 Cumulative Update for Windows 11 Version 24H2 for x64-based Systems (KB5062553)")
                    .files(
                        new CatalogFile(
                            "a.msu", "https://downloads.example.net/a.msu", "AAAA", "", ""),
                        new CatalogFile(
                            "b.msu",
                            "http://download.windowsupdate.com/c/msdownload/b.msu",
                            "BBBB",
                            "",
                            ""),
                        new CatalogFile("c.msu", "file:///etc/passwd", "CCCC", "", ""))
                    .build())));
    UUID unknown = UUID.fromString("00000000-0000-0000-0000-000000000002");

    CatalogDownloadInfo info = client.downloadInfo(List.of(id, unknown));

    assertThat(info.allowedFiles())
        .extracting(CatalogDownloadFile::fileName)
        .containsExactly("b.msu");
    assertThat(info.rejected()).hasSize(2);
    assertThat(info.rejected().get(0).reason())
        .contains("host 'downloads.example.net' is not in the allowed download hosts");
    assertThat(info.rejected().get(1).reason()).contains("scheme 'file' is not http or https");
    assertThat(info.missing()).containsExactly(unknown);

    try (CatalogClient permissive =
        new CatalogClient(
            config()
                .withAllowedDownloadHosts(
                    List.of("downloads.example.net", "download.windowsupdate.com")))) {
      assertThat(permissive.downloadInfo(List.of(id)).allowedFiles()).hasSize(2);
    }
  }

  @Test
  void postWithoutContentLengthGets411LikeIis() throws Exception {
    HttpClient raw = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    byte[] form = "updateIDs=%5B%5D".getBytes();
    HttpRequest chunked =
        HttpRequest.newBuilder(running.baseUri().resolve("DownloadDialog.aspx"))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(form)))
            .build();
    HttpResponse<String> response = raw.send(chunked, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(411);
    assertThat(response.body()).contains("Length Required");

    // The client always sends Content-Length, so its POST is accepted.
    assertThat(client.downloadInfo(List.of(July2025.SERVER2022_2025_07)).allowedFiles()).hasSize(1);
  }

  @Test
  void everyRequestSendsAcceptLanguageEnUs() throws Exception {
    Set<String> seen = ConcurrentHashMap.newKeySet();
    Handler recording =
        new Handler.Wrapper(sim.handler()) {
          @Override
          public boolean handle(Request request, Response response, Callback callback)
              throws Exception {
            seen.add(request.getMethod() + " " + request.getHeaders().get("Accept-Language"));
            return super.handle(request, response, callback);
          }
        };
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    server.setHandler(recording);
    server.start();
    try (CatalogClient c =
        new CatalogClient(
            config()
                .withBaseUrl(
                    java.net.URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/")))) {
      c.search("KB5062553", 1);
      c.details(July2025.WIN11_24H2_2025_07_X64);
      c.downloadInfo(List.of(July2025.WIN11_24H2_2025_07_X64));
    } finally {
      server.stop();
    }
    assertThat(seen).containsExactlyInAnyOrder("GET en-US", "POST en-US");
  }

  @Test
  void errorPageIsTransientUnavailable() {
    sim.setScenario(CatalogScenario.errorPageAlways());
    assertThatThrownBy(() -> client.search("KB5062553", 1))
        .isInstanceOfSatisfying(
            CatalogUnavailableException.class,
            e -> {
              assertThat(e.errorNumber()).isEqualTo("8DDD0010");
              assertThat(e.isTransient()).isTrue();
              assertThat(e.url()).contains("Search.aspx?q=KB5062553");
            });
    assertThatThrownBy(() -> client.details(July2025.WIN11_24H2_2025_07_X64))
        .isInstanceOf(CatalogUnavailableException.class);
    assertThatThrownBy(() -> client.downloadInfo(List.of(July2025.WIN11_24H2_2025_07_X64)))
        .isInstanceOf(CatalogUnavailableException.class);
  }

  @Test
  void errorPageForTheNextRequestsThenHealthy() {
    sim.setScenario(CatalogScenario.errorPageForNext(2));
    assertThatThrownBy(() -> client.search("KB5062553", 1))
        .isInstanceOf(CatalogUnavailableException.class);
    assertThatThrownBy(() -> client.search("KB5062553", 1))
        .isInstanceOf(CatalogUnavailableException.class);
    assertThat(client.search("KB5062553", 1).rows()).hasSize(4);
    assertThat(sim.errorPagesServed()).isEqualTo(2);
  }

  @Test
  void errorPageMidSearchFailsTheWholeSearch() throws Exception {
    // Page 1 fine, page 2 the error page: a partial result must not pass for a complete one.
    String errorPage = new CatalogPageRenderer().errorPage("8DDD0010");
    withSecondPageReplacedBy(
        errorPage,
        c -> {
          assertThat(c.search("Windows 11 Security Update", 1).rows()).hasSize(25);
          assertThatThrownBy(() -> c.search("Windows 11 Security Update", 40))
              .isInstanceOf(CatalogUnavailableException.class)
              .hasMessageContaining("&p=1");
        });
  }

  @Test
  void resultsVanishingMidSearchAreNotASilentTruncation() throws Exception {
    String noResults = new CatalogPageRenderer().noResultsPage("Windows 11 Security Update");
    withSecondPageReplacedBy(
        noResults,
        c ->
            assertThatThrownBy(() -> c.search("Windows 11 Security Update", 40))
                .isInstanceOf(CatalogParseException.class)
                .hasMessageContaining(
                    "page 2 came back as 'no results' although page 1 announced 40 pages"));
  }

  /** Serves the simulator, except that requests for the second page get {@code html}. */
  private void withSecondPageReplacedBy(
      String html, java.util.function.Consumer<CatalogClient> test) throws Exception {
    byte[] body = html.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Handler secondPage =
        new Handler.Wrapper(sim.handler()) {
          @Override
          public boolean handle(Request request, Response response, Callback callback)
              throws Exception {
            String q = request.getHttpURI().getQuery();
            if (q != null && q.contains("&p=1")) {
              response.setStatus(200);
              response.write(true, java.nio.ByteBuffer.wrap(body), callback);
              return true;
            }
            return super.handle(request, response, callback);
          }
        };
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    server.setHandler(secondPage);
    server.start();
    try (CatalogClient c =
        new CatalogClient(
            config()
                .withBaseUrl(
                    java.net.URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/")))) {
      test.accept(c);
    } finally {
      server.stop();
    }
  }

  @Test
  void slowCatalogTimesOutWithATypedTransientError() {
    sim.setScenario(CatalogScenario.slow(Duration.ofSeconds(3)));
    try (CatalogClient impatient =
        new CatalogClient(config().withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300)))) {
      assertThatThrownBy(() -> impatient.search("KB5062553", 1))
          .isInstanceOfSatisfying(
              CatalogNetworkException.class,
              e -> {
                assertThat(e.isTransient()).isTrue();
                assertThat(e.getMessage()).contains("timed out").contains("Search.aspx");
              });
    }
    // A patient client gets the answer.
    sim.setScenario(CatalogScenario.slow(Duration.ofMillis(200)));
    assertThat(client.search("KB5062553", 1).rows()).hasSize(4);
  }

  @Test
  void dribblingResponseIsCutAtTheDurationCap() throws Exception {
    Handler dribble =
        new Handler.Abstract() {
          @Override
          public boolean handle(Request request, Response response, Callback callback)
              throws Exception {
            response.setStatus(200);
            try (var out = org.eclipse.jetty.io.Content.Sink.asOutputStream(response)) {
              for (int i = 0; i < 100; i++) {
                out.write(new byte[1024]);
                out.flush();
                Thread.sleep(50);
              }
            } catch (java.io.IOException e) {
              // the client hung up, as expected
            }
            callback.succeeded();
            return true;
          }
        };
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    server.setHandler(dribble);
    server.start();
    try (CatalogClient c =
        new CatalogClient(
            config()
                .withBaseUrl(
                    java.net.URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/"))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2))
                .withMaxResponseDuration(Duration.ofMillis(500)))) {
      assertThatThrownBy(() -> c.search("KB5062553", 1))
          .isInstanceOfSatisfying(
              CatalogNetworkException.class,
              e -> {
                assertThat(e.isTransient()).isTrue();
                assertThat(e.getMessage()).contains("took longer than 500 ms");
              });
    } finally {
      server.stop();
    }
  }

  @Test
  void responseLargerThanTheCapIsRefused() {
    try (CatalogClient capped = new CatalogClient(config().withMaxPageBytes(4096))) {
      assertThatThrownBy(() -> capped.search("Windows 11 Security Update", 1))
          .isInstanceOfSatisfying(
              CatalogResponseTooLargeException.class,
              e -> assertThat(e.limitBytes()).isEqualTo(4096));
    }
  }

  @Test
  void unreachableCatalogIsATransientNetworkError() throws Exception {
    int port;
    try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    try (CatalogClient c =
        new CatalogClient(
            config().withBaseUrl(java.net.URI.create("http://127.0.0.1:" + port + "/")))) {
      assertThatThrownBy(() -> c.search("KB5062553", 1))
          .isInstanceOfSatisfying(
              CatalogNetworkException.class, e -> assertThat(e.isTransient()).isTrue());
    }
  }

  @Test
  void updateIdsFormValueIsTheCatalogsJson() {
    UUID id = UUID.fromString("601956e3-f2f0-469a-a7fe-cad6c0b4f665");
    assertThat(CatalogClient.updateIdsJson(List.of(id)))
        .isEqualTo(
            "[{\"size\":0,\"languages\":\"\",\"uidInfo\":\"601956e3-f2f0-469a-a7fe-cad6c0b4f665\",\"updateID\":\"601956e3-f2f0-469a-a7fe-cad6c0b4f665\"}]");
  }
}
