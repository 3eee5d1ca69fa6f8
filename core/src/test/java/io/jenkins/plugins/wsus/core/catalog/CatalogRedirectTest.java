package io.jenkins.plugins.wsus.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The catalog client follows redirects within the catalog's host only. */
@Timeout(30)
class CatalogRedirectTest {
  private HttpServer server;
  private URI base;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/Search.aspx",
        exchange -> {
          String q = exchange.getRequestURI().getQuery();
          String target =
              q.contains("elsewhere")
                  ? "http://elsewhere.invalid/Search.aspx?q=x"
                  : "/ErrorPage.aspx";
          exchange.getResponseHeaders().add("Location", target);
          exchange.sendResponseHeaders(302, -1);
          exchange.close();
        });
    server.createContext(
        "/ErrorPage.aspx",
        exchange -> {
          byte[] body =
              "<html><body><div id=\"errorPageDisplayedError\">[Error number: 8DDD0010]</div></body></html>"
                  .getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void aRedirectWithinTheCatalogIsFollowed() {
    try (CatalogClient client =
        new CatalogClient(CatalogClientConfig.defaults().withBaseUrl(base))) {
      assertThatThrownBy(() -> client.search("KB5062572", 1))
          .isInstanceOf(CatalogUnavailableException.class)
          .hasMessageContaining("8DDD0010");
    }
  }

  @Test
  void aRedirectToAnotherHostIsNotFollowed() {
    try (CatalogClient client =
        new CatalogClient(CatalogClientConfig.defaults().withBaseUrl(base))) {
      assertThatThrownBy(() -> client.search("elsewhere", 1))
          .isInstanceOfSatisfying(
              CatalogHttpException.class, e -> assertThat(e.getMessage()).contains("302"));
    }
  }
}
