package io.jenkins.plugins.wsus.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.wsus.core.client.WsusHttpException.Meaning;
import io.jenkins.plugins.wsus.core.client.WsusNetworkException.Kind;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Transport-level failures against real loopback servers: each ends in the right typed error within
 * the configured time, and no message contains the password.
 */
@Timeout(30)
class TransportFailureTest {

  private static final String PASSWORD = "S3cret-Pa55!";
  private static final String OK_BODY =
      Soap.envelope(
          Soap.response(
              "GetServerVersion", "<GetServerVersionResult>10.0</GetServerVersionResult>"));

  private static ApiRemotingClient client(String baseUrl) {
    return new ApiRemotingClient(
        ClientTestConfigs.loopback(baseUrl)
            .connectTimeout(Duration.ofSeconds(1))
            .responseTimeout(Duration.ofSeconds(1))
            .maxResponseBytes(64 * 1024)
            .build());
  }

  private static WsusException failure(String baseUrl, ThrowingCallableWith call) {
    try (ApiRemotingClient client = client(baseUrl)) {
      call.run(client);
    } catch (WsusException e) {
      assertThat(e.getMessage()).doesNotContain(PASSWORD);
      assertThat(e.operation()).isNotBlank();
      assertThat(e.server()).isEqualTo("loopback");
      return e;
    } catch (Exception e) {
      throw new AssertionError("expected a WsusException", e);
    }
    throw new AssertionError("expected a WsusException, the call succeeded");
  }

  @FunctionalInterface
  interface ThrowingCallableWith {
    void run(ApiRemotingClient client) throws Exception;
  }

  private static Kind networkKind(WsusException e) {
    assertThat(e).isInstanceOf(WsusNetworkException.class);
    return ((WsusNetworkException) e).kind();
  }

  @Test
  void closedPortIsConnectionRefused() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    WsusException e = failure("http://127.0.0.1:" + port, WsusApi::getServerVersion);
    assertThat(networkKind(e)).isEqualTo(Kind.CONNECTION_REFUSED);
    assertThat(e.getMessage())
        .contains("GetServerVersion on loopback")
        .contains("connection refused");
  }

  @Test
  void resetMidResponseIsConnectionReset() throws Exception {
    try (RawHttpServer server =
        new RawHttpServer(
            socket -> {
              RawHttpServer.write(
                  socket,
                  "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: 5000\r\n\r\n<soap:Env");
              Thread.sleep(100);
              socket.setSoLinger(true, 0); // close with RST
              socket.close();
            })) {
      WsusException e = failure(server.baseUrl(), WsusApi::getServerVersion);
      assertThat(networkKind(e)).isEqualTo(Kind.CONNECTION_RESET);
    }
  }

  @Test
  void closedWithoutAnswerIsConnectionResetAndNeverRetried() throws Exception {
    try (RawHttpServer server = new RawHttpServer(socket -> socket.close())) {
      WsusException e = failure(server.baseUrl(), WsusApi::getServerVersion);
      assertThat(networkKind(e)).isEqualTo(Kind.CONNECTION_RESET);
      assertThat(server.requests()).as("the client must not retry").isEqualTo(1);
    }
  }

  @Test
  void truncatedBodyIsConnectionReset() throws Exception {
    try (RawHttpServer server =
        new RawHttpServer(
            socket -> {
              RawHttpServer.write(
                  socket,
                  "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: "
                      + (OK_BODY.length() + 100)
                      + "\r\n\r\n"
                      + OK_BODY.substring(0, 60));
              socket.shutdownOutput();
              Thread.sleep(200);
            })) {
      WsusException e = failure(server.baseUrl(), WsusApi::getServerVersion);
      assertThat(networkKind(e)).isEqualTo(Kind.CONNECTION_RESET);
    }
  }

  @Test
  void slowDripBodyTimesOutWithinTheDeadline() throws Exception {
    try (RawHttpServer server =
        new RawHttpServer(
            socket -> {
              RawHttpServer.write(
                  socket,
                  "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: 50000\r\n\r\n");
              for (int i = 0; i < 200; i++) { // 40 s of drip, far past the 2 s budget
                RawHttpServer.write(socket, " ");
                Thread.sleep(200);
              }
            })) {
      WsusException e = failure(server.baseUrl(), WsusApi::getServerVersion);
      assertThat(networkKind(e)).isEqualTo(Kind.TIMEOUT);
    }
  }

  @Test
  void slowDripHeadersTimeOutWithinTheDeadline() throws Exception {
    try (RawHttpServer server =
        new RawHttpServer(
            socket -> {
              for (char c : "HTTP/1.1 200 OK\r\nX-Padding: ".toCharArray()) {
                RawHttpServer.write(socket, String.valueOf(c));
              }
              for (int i = 0; i < 200; i++) {
                RawHttpServer.write(socket, "a");
                Thread.sleep(200);
              }
            })) {
      WsusException e = failure(server.baseUrl(), WsusApi::getServerVersion);
      assertThat(networkKind(e)).isEqualTo(Kind.TIMEOUT);
    }
  }

  @Test
  void silentServerTimesOut() throws Exception {
    try (RawHttpServer server = new RawHttpServer(socket -> Thread.sleep(20_000))) {
      WsusException e = failure(server.baseUrl(), WsusApi::getServerVersion);
      assertThat(networkKind(e)).isEqualTo(Kind.TIMEOUT);
    }
  }

  @Test
  void oversizedChunkedBodyIsRefusedAtTheCap() throws Exception {
    try (RawHttpServer server =
        new RawHttpServer(
            socket -> {
              RawHttpServer.write(
                  socket,
                  "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nTransfer-Encoding: chunked\r\n\r\n");
              String chunk = "x".repeat(4096);
              while (true) { // endless: the client must stop reading at its cap
                RawHttpServer.write(
                    socket, Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n");
              }
            })) {
      WsusException e = failure(server.baseUrl(), WsusApi::getServerVersion);
      assertThat(e).isInstanceOf(WsusMalformedResponseException.class);
      assertThat(((WsusMalformedResponseException) e).problem())
          .isEqualTo("response larger than 65536 bytes");
    }
  }

  @Test
  void oversizedDeclaredLengthIsRefusedBeforeReading() throws Exception {
    try (LoopbackSoapServer server = new LoopbackSoapServer()) {
      server.answer("GetServerVersion", 200, OK_BODY + " ".repeat(70_000), Map.of());
      WsusException e = failure(server.baseUrl(), WsusApi::getServerVersion);
      assertThat(e).isInstanceOf(WsusMalformedResponseException.class);
      assertThat(e.getMessage()).contains("response larger than 65536 bytes");
    }
  }

  @Test
  void httpStatusesHaveMeanings() throws Exception {
    try (LoopbackSoapServer server = new LoopbackSoapServer()) {
      server.answer("GetServerVersion", 401, "", Map.of());
      assertMeaning(server, Meaning.AUTHENTICATION_FAILED, 401);
      server.answer("GetServerVersion", 401, "", Map.of("WWW-Authenticate", "NTLM"));
      assertMeaning(server, Meaning.AUTHENTICATION_FAILED, 401);
      server.answer("GetServerVersion", 403, "<html>Forbidden</html>", Map.of());
      assertMeaning(server, Meaning.NOT_ADMINISTRATOR, 403);
      server.answer("GetServerVersion", 503, "<html>Service Unavailable</html>", Map.of());
      WsusException e = assertMeaning(server, Meaning.SERVICE_UNAVAILABLE, 503);
      assertThat(e.getMessage()).contains("WsusPool");
      server.answer("GetServerVersion", 404, "<html>Not Found</html>", Map.of());
      assertMeaning(server, Meaning.OTHER, 404);
      server.answer("GetServerVersion", 302, "", Map.of("Location", "http://elsewhere/"));
      assertMeaning(server, Meaning.OTHER, 302);
    }
  }

  private static WsusException assertMeaning(
      LoopbackSoapServer server, Meaning meaning, int status) {
    WsusException e = failure(server.baseUrl(), WsusApi::getServerVersion);
    assertThat(e).isInstanceOf(WsusHttpException.class);
    assertThat(((WsusHttpException) e).meaning()).isEqualTo(meaning);
    assertThat(((WsusHttpException) e).status()).isEqualTo(status);
    return e;
  }

  @Test
  void basicIsNeverAnsweredOverPlainHttp() throws Exception {
    try (LoopbackSoapServer server = new LoopbackSoapServer()) {
      server.answer(
          "GetServerVersion", 401, "", Map.of("WWW-Authenticate", "Basic realm=\"WSUS\""));
      WsusException e = failure(server.baseUrl(), WsusApi::getServerVersion);
      assertThat(((WsusHttpException) e).meaning()).isEqualTo(Meaning.AUTHENTICATION_FAILED);
      assertThat(server.recorded()).hasSize(1);
      assertThat(server.recorded().get(0).authorization()).isNull();
    }
  }

  @Test
  void unknownHostIsDns() {
    WsusException e = failure("http://wsus01.invalid:8530", WsusApi::getServerVersion);
    assertThat(networkKind(e)).isEqualTo(Kind.DNS);
  }

  @Test
  void deployAllIsRejectedBeforeAnythingIsSent() throws Exception {
    try (LoopbackSoapServer server = new LoopbackSoapServer();
        ApiRemotingClient client = client(server.baseUrl())) {
      ThrowingCallable call =
          () ->
              client.deployUpdate(
                  new io.jenkins.plugins.wsus.core.model.UpdateRevisionId(AllRequests.UPDATE, 1),
                  io.jenkins.plugins.wsus.core.model.ApprovalAction.ALL,
                  AllRequests.GROUP,
                  null,
                  "x",
                  true);
      assertThatThrownBy(call)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("ALL");
      assertThat(server.recorded()).isEmpty();
    }
  }
}
