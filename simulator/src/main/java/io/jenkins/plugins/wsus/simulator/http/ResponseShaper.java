package io.jenkins.plugins.wsus.simulator.http;

import io.jenkins.plugins.wsus.simulator.fault.ClientFault;
import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.SocketChannelEndPoint;
import org.eclipse.jetty.io.ssl.SslConnection;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Blocker;
import org.eclipse.jetty.util.Callback;

/**
 * Sends an answer normally or misshapen by a {@link ClientFault}: truncated, dripped, cut by a TCP
 * reset, inflated, or not at all. Blocking; runs on the request's thread.
 */
public final class ResponseShaper {

  private static final int CHUNK = 64 * 1024;

  private ResponseShaper() {}

  /** Sends {@code body} as is. */
  public static void send(
      Response response, int status, String contentType, byte[] body, Callback callback) {
    headers(response, status, contentType, body.length);
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  /** Sends {@code body} shaped by {@code fault} (one of the kinds that shape an answer). */
  public static void sendShaped(
      Request request,
      Response response,
      int status,
      String contentType,
      byte[] body,
      ClientFault fault,
      Callback callback) {
    try {
      switch (fault.kind()) {
        case TRUNCATED_XML -> {
          byte[] cut = Arrays.copyOf(body, cutLength(fault, body.length));
          send(response, status, contentType, cut, callback);
        }
        case SLOW_DRIP -> drip(response, status, contentType, body, fault, callback);
        case RESET_MID_RESPONSE -> {
          headers(response, status, contentType, body.length);
          writeBlocking(response, ByteBuffer.wrap(body, 0, cutLength(fault, body.length)));
          reset(request);
          callback.failed(new IOException("connection reset by the simulator (fault)"));
        }
        case OVERSIZED_BODY -> oversized(response, contentType, fault.bytes(), callback);
        default -> send(response, status, contentType, body, callback);
      }
    } catch (IOException e) {
      callback.failed(e);
    }
  }

  /** Closes the connection without answering (the client sees the connection drop). */
  public static void drop(Request request, Callback callback) {
    reset(request);
    callback.failed(new IOException("connection dropped by the simulator (fault)"));
  }

  private static void drip(
      Response response,
      int status,
      String contentType,
      byte[] body,
      ClientFault fault,
      Callback callback)
      throws IOException {
    headers(response, status, contentType, body.length);
    int chunk = (int) Math.max(1, Math.min(fault.bytes() == 0 ? 16 : fault.bytes(), CHUNK));
    for (int at = 0; at < body.length; at += chunk) {
      writeBlocking(response, ByteBuffer.wrap(body, at, Math.min(chunk, body.length - at)));
      sleep(fault.delay());
    }
    response.write(true, ByteBuffer.allocate(0), callback);
  }

  private static void oversized(Response response, String contentType, long size, Callback callback)
      throws IOException {
    byte[] head =
        ("<?xml version=\"1.0\" encoding=\"utf-8\"?><soap:Envelope xmlns:soap=\""
                + "http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><!-- ")
            .getBytes(StandardCharsets.UTF_8);
    long total = Math.max(size, head.length);
    headers(response, 200, contentType, total);
    writeBlocking(response, ByteBuffer.wrap(head));
    byte[] filler = new byte[CHUNK];
    Arrays.fill(filler, (byte) 'x');
    for (long left = total - head.length; left > 0; left -= CHUNK) {
      writeBlocking(response, ByteBuffer.wrap(filler, 0, (int) Math.min(CHUNK, left)));
    }
    response.write(true, ByteBuffer.allocate(0), callback);
  }

  private static int cutLength(ClientFault fault, int length) {
    long cut = fault.bytes() == 0 ? length / 2 : Math.min(fault.bytes(), length - 1L);
    return (int) Math.max(1, cut);
  }

  private static void headers(Response response, int status, String contentType, long length) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, length);
  }

  private static void writeBlocking(Response response, ByteBuffer buffer) throws IOException {
    try (Blocker.Callback blocker = Blocker.callback()) {
      response.write(false, buffer, blocker);
      blocker.block();
    }
  }

  /** Closes the TCP connection with SO_LINGER 0, so the peer gets a RST, not a FIN. */
  private static void reset(Request request) {
    EndPoint endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
    if (endPoint instanceof SslConnection.SslEndPoint ssl) {
      endPoint = ssl.getSslConnection().getEndPoint();
    }
    if (endPoint instanceof SocketChannelEndPoint socket) {
      try {
        socket.getChannel().setOption(StandardSocketOptions.SO_LINGER, 0);
      } catch (IOException | UnsupportedOperationException ignored) {
        // Closing without linger settings still cuts the answer short.
      }
    }
    endPoint.close();
  }

  static void sleep(Duration d) {
    if (d.isZero() || d.isNegative()) {
      return;
    }
    try {
      Thread.sleep(d.toMillis(), (int) (d.toNanos() % 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
