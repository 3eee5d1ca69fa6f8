package io.jenkins.plugins.wsus.simulator.support;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SSLContext;

/**
 * One keep-alive HTTP/1.1 connection on a raw socket: NTLM binds to the TCP connection, so tests
 * must control it exactly. Reads are capped and time out.
 */
public final class RawHttpConnection implements AutoCloseable {

  private static final int MAX_BODY = 8 * 1024 * 1024;

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;
  private final String host;

  /** A parsed response. */
  public record Response(int status, Map<String, List<String>> headers, byte[] body) {
    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    public List<String> header(String name) {
      return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }
  }

  public RawHttpConnection(URI base, SSLContext tls) throws IOException {
    Socket s = tls == null ? new Socket() : tls.getSocketFactory().createSocket();
    s.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5000);
    s.setSoTimeout(10_000);
    this.socket = s;
    this.in = new BufferedInputStream(s.getInputStream());
    this.out = s.getOutputStream();
    this.host = base.getHost() + ":" + base.getPort();
  }

  public void setReadTimeoutMillis(int millis) throws IOException {
    socket.setSoTimeout(millis);
  }

  /** Sends a request and reads the whole response. */
  public Response exchange(String method, String path, Map<String, String> headers, byte[] body)
      throws IOException {
    send(method, path, headers, body);
    return read();
  }

  public void send(String method, String path, Map<String, String> headers, byte[] body)
      throws IOException {
    StringBuilder head = new StringBuilder();
    head.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
    head.append("Host: ").append(host).append("\r\n");
    for (Map.Entry<String, String> h : headers.entrySet()) {
      head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
    }
    if (body != null) {
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    head.append("\r\n");
    out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    if (body != null) {
      out.write(body);
    }
    out.flush();
  }

  public Response read() throws IOException {
    String statusLine = line();
    if (statusLine == null) {
      throw new IOException("connection closed before a response");
    }
    int status = Integer.parseInt(statusLine.split(" ")[1]);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String l = line(); l != null && !l.isEmpty(); l = line()) {
      int colon = l.indexOf(':');
      headers
          .computeIfAbsent(
              l.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(l.substring(colon + 1).trim());
    }
    byte[] body;
    List<String> length = headers.get("content-length");
    if (length != null) {
      long n = Long.parseLong(length.get(0));
      if (n > MAX_BODY) {
        throw new IOException("response body of " + n + " bytes exceeds the test cap");
      }
      body = in.readNBytes((int) n);
      if (body.length < n) {
        throw new IOException("premature end of body: " + body.length + " of " + n + " bytes");
      }
    } else if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      for (int size = Integer.parseInt(line().trim(), 16);
          size > 0;
          size = Integer.parseInt(line().trim(), 16)) {
        b.write(in.readNBytes(size));
        line();
      }
      line();
      body = b.toByteArray();
    } else {
      body = new byte[0];
    }
    return new Response(status, headers, body);
  }

  private String line() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    int c;
    while ((c = in.read()) != -1) {
      if (c == '\n') {
        String s = b.toString(StandardCharsets.ISO_8859_1);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
      }
      b.write(c);
      if (b.size() > 16 * 1024) {
        throw new IOException("header line too long");
      }
    }
    return b.size() == 0 ? null : b.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
