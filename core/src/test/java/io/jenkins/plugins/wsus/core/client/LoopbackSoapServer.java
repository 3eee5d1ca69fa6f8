package io.jenkins.plugins.wsus.core.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on loopback (the JDK's) answering SOAP calls by SOAPAction operation name with
 * canned answers, and recording every request it receives.
 */
final class LoopbackSoapServer implements AutoCloseable {

  /** A recorded request. */
  record Recorded(
      String operation, String soapAction, String contentType, String authorization, byte[] body) {}

  /** A canned answer. */
  record Canned(int status, String body, Map<String, String> headers) {}

  private final HttpServer server;
  private final Map<String, Canned> answers = new ConcurrentHashMap<>();
  private final List<Recorded> recorded = new CopyOnWriteArrayList<>();

  LoopbackSoapServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext(WsusClientConfig.SERVICE_PATH, this::handle);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Answers the operation with 200 and a SOAP envelope around {@code bodyXml}. */
  LoopbackSoapServer answer(String operation, String bodyXml) {
    return answer(operation, 200, Soap.envelope(bodyXml), Map.of());
  }

  LoopbackSoapServer answer(
      String operation, int status, String body, Map<String, String> headers) {
    answers.put(operation, new Canned(status, body, headers));
    return this;
  }

  List<Recorded> recorded() {
    return recorded;
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    String action = exchange.getRequestHeaders().getFirst("SOAPAction");
    String unquoted = action == null ? "" : action.replace("\"", "");
    String operation = unquoted.substring(unquoted.lastIndexOf('/') + 1);
    recorded.add(
        new Recorded(
            operation,
            action,
            exchange.getRequestHeaders().getFirst("Content-Type"),
            exchange.getRequestHeaders().getFirst("Authorization"),
            body));
    Canned canned = answers.get(operation);
    if (canned == null) {
      canned = answers.get("*");
    }
    if (canned == null) {
      canned =
          new Canned(500, Soap.fault("soap:Client", "no canned answer for " + operation), Map.of());
    }
    byte[] out = canned.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/xml; charset=utf-8");
    canned.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    exchange.sendResponseHeaders(canned.status(), out.length == 0 ? -1 : out.length);
    try (OutputStream os = exchange.getResponseBody()) {
      os.write(out);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
