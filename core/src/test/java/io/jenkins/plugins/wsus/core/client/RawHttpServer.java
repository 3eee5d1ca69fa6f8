package io.jenkins.plugins.wsus.core.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A raw TCP server on loopback that reads one HTTP request per connection and then lets a test
 * script misbehave at the byte level (reset, drip, truncate, stall).
 */
final class RawHttpServer implements AutoCloseable {

  /** What to do with an accepted connection after its request was read. */
  @FunctionalInterface
  interface Script {
    void run(Socket socket) throws Exception;
  }

  private final ServerSocket serverSocket;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final java.util.concurrent.atomic.AtomicInteger requests =
      new java.util.concurrent.atomic.AtomicInteger();

  RawHttpServer(Script script) throws IOException {
    serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    threads.execute(
        () -> {
          while (!serverSocket.isClosed()) {
            try {
              Socket socket = serverSocket.accept();
              threads.execute(
                  () -> {
                    try (socket) {
                      readRequest(socket.getInputStream());
                      requests.incrementAndGet();
                      script.run(socket);
                    } catch (Exception ignored) {
                      // the client hung up: expected in most scripts
                    }
                  });
            } catch (IOException closed) {
              return;
            }
          }
        });
  }

  /** Requests received so far. */
  int requests() {
    return requests.get();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + serverSocket.getLocalPort();
  }

  private static void readRequest(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        return;
      }
      head.write(b);
      matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    long length = 0;
    for (String line : head.toString(StandardCharsets.ISO_8859_1).split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Long.parseLong(line.substring(15).trim());
      }
    }
    in.readNBytes((int) length);
  }

  static void write(Socket socket, String text) throws IOException {
    socket.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
    socket.getOutputStream().flush();
  }

  @Override
  public void close() throws IOException {
    serverSocket.close();
    threads.shutdownNow();
  }
}
