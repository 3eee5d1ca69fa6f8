package io.jenkins.plugins.wsus.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS against a real loopback server whose self-signed certificate names only {@code localhost}
 * (made with the JDK's keytool): untrusted fails as TLS, a configured CA PEM makes it work, and
 * hostname verification stays on (the same trusted certificate fails for {@code 127.0.0.1}).
 */
@Timeout(60)
class TlsTest {

  private static final char[] STORE_PASSWORD = "changeit".toCharArray();

  @TempDir static Path dir;
  private static HttpsServer server;
  private static String pem;
  private static Path pemFile;
  private static int port;
  private static volatile boolean requireBasic;

  @BeforeAll
  static void startHttpsServer() throws Exception {
    Path keystore = dir.resolve("server.p12");
    keytool(
        "-genkeypair",
        "-alias",
        "wsus",
        "-keyalg",
        "RSA",
        "-keysize",
        "2048",
        "-dname",
        "CN=localhost",
        "-ext",
        "SAN=dns:localhost",
        "-validity",
        "2",
        "-storetype",
        "PKCS12",
        "-keystore",
        keystore.toString(),
        "-storepass",
        "changeit",
        "-keypass",
        "changeit");
    pemFile = dir.resolve("ca.pem");
    keytool(
        "-exportcert",
        "-rfc",
        "-alias",
        "wsus",
        "-keystore",
        keystore.toString(),
        "-storepass",
        "changeit",
        "-file",
        pemFile.toString());
    pem = Files.readString(pemFile);

    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      ks.load(in, STORE_PASSWORD);
    }
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(ks, STORE_PASSWORD);
    SSLContext ssl = SSLContext.getInstance("TLS");
    ssl.init(kmf.getKeyManagers(), null, null);

    server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(ssl));
    server.createContext(
        WsusClientConfig.SERVICE_PATH,
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          String authorization = exchange.getRequestHeaders().getFirst("Authorization");
          if (requireBasic && authorization == null) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"WSUS\"");
            exchange.sendResponseHeaders(401, -1);
            exchange.close();
            return;
          }
          if (authorization != null
              && !authorization.equals(
                  "Basic "
                      + java.util.Base64.getEncoder()
                          .encodeToString(
                              "CORP\\svc-wsus:S3cret-Pa55!".getBytes(StandardCharsets.UTF_8)))) {
            exchange.sendResponseHeaders(401, -1);
            exchange.close();
            return;
          }
          byte[] body =
              Soap.envelope(
                      Soap.response(
                          "GetServerVersion",
                          "<GetServerVersionResult>10.0</GetServerVersionResult>"))
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "text/xml; charset=utf-8");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream os = exchange.getResponseBody()) {
            os.write(body);
          }
        });
    server.start();
    port = server.getAddress().getPort();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  private static void keytool(String... args) throws Exception {
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    List<String> command = new java.util.ArrayList<>(List.of(keytool.toString()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException("keytool failed: " + out);
    }
  }

  @Test
  void untrustedCertificateIsTls() {
    try (ApiRemotingClient client =
        new ApiRemotingClient(ClientTestConfigs.loopback("https://localhost:" + port).build())) {
      assertThatThrownBy(client::getServerVersion)
          .isInstanceOfSatisfying(
              WsusNetworkException.class,
              e -> assertThat(e.kind()).isEqualTo(WsusNetworkException.Kind.TLS));
    }
  }

  @Test
  void configuredCaPemIsTrusted() throws Exception {
    try (ApiRemotingClient client =
        new ApiRemotingClient(
            ClientTestConfigs.loopback("https://localhost:" + port).caPem(pem).build())) {
      assertThat(client.getServerVersion()).isEqualTo("10.0");
    }
    try (ApiRemotingClient client =
        new ApiRemotingClient(
            ClientTestConfigs.loopback("https://localhost:" + port).caPemFile(pemFile).build())) {
      assertThat(client.getServerVersion()).isEqualTo("10.0");
    }
  }

  @Test
  void hostnameVerificationStaysOn() {
    try (ApiRemotingClient client =
        new ApiRemotingClient(
            ClientTestConfigs.loopback("https://127.0.0.1:" + port).caPem(pem).build())) {
      assertThatThrownBy(client::getServerVersion)
          .isInstanceOfSatisfying(
              WsusNetworkException.class,
              e -> assertThat(e.kind()).isEqualTo(WsusNetworkException.Kind.TLS));
    }
  }

  /**
   * Over HTTPS, a Basic-only server gets DOMAIN\\user and the password (the channel is encrypted).
   */
  @Test
  void basicIsAnsweredOverHttps() throws Exception {
    requireBasic = true;
    try (ApiRemotingClient client =
        new ApiRemotingClient(
            ClientTestConfigs.loopback("https://localhost:" + port).caPem(pem).build())) {
      assertThat(client.getServerVersion()).isEqualTo("10.0");
    } finally {
      requireBasic = false;
    }
  }

  @Test
  void plainHttpToAnHttpsPortIsNotMistakenForSuccess() {
    try (ApiRemotingClient client =
        new ApiRemotingClient(ClientTestConfigs.loopback("http://localhost:" + port).build())) {
      assertThatThrownBy(client::getServerVersion).isInstanceOf(WsusException.class);
    }
  }
}
