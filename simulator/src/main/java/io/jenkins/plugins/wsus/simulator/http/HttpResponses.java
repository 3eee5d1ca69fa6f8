package io.jenkins.plugins.wsus.simulator.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Small helpers to send complete answers. */
public final class HttpResponses {

  private HttpResponses() {}

  /** Sends {@code body} with the given status and content type, completing {@code callback}. */
  public static void send(
      Response response, int status, String contentType, String body, Callback callback) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
    response.write(true, ByteBuffer.wrap(bytes), callback);
  }

  /** An IIS-like HTML error page. */
  public static void sendHtml(Response response, int status, String title, Callback callback) {
    String html =
        "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\">\r\n"
            + "<html><head><title>"
            + title
            + "</title></head><body><h1>"
            + title
            + "</h1></body></html>\r\n";
    send(response, status, "text/html; charset=utf-8", html, callback);
  }
}
