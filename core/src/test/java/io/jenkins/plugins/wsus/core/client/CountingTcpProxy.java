package io.jenkins.plugins.wsus.core.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A loopback TCP relay that counts the connections a client opens to a server. */
final class CountingTcpProxy implements AutoCloseable {

  private final ServerSocket listener;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final AtomicInteger connections = new AtomicInteger();

  CountingTcpProxy(String targetBaseUrl) throws IOException {
    URI target = URI.create(targetBaseUrl);
    listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    threads.execute(
        () -> {
          while (!listener.isClosed()) {
            try {
              Socket client = listener.accept();
              connections.incrementAndGet();
              Socket server = new Socket(target.getHost(), target.getPort());
              threads.execute(() -> pump(client, server));
              threads.execute(() -> pump(server, client));
            } catch (IOException closed) {
              return;
            }
          }
        });
  }

  private static void pump(Socket from, Socket to) {
    try (InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream()) {
      in.transferTo(out);
    } catch (IOException ignored) {
      // either side closed
    } finally {
      try {
        from.close();
        to.close();
      } catch (IOException ignored) {
        // already closed
      }
    }
  }

  String baseUrl() {
    return "http://127.0.0.1:" + listener.getLocalPort();
  }

  int connections() {
    return connections.get();
  }

  @Override
  public void close() throws IOException {
    listener.close();
    threads.shutdownNow();
  }
}
