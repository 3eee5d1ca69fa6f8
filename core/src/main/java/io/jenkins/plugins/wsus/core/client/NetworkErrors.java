package io.jenkins.plugins.wsus.core.client;

import io.jenkins.plugins.wsus.core.client.WsusNetworkException.Kind;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ClientProtocolException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.MalformedChunkCodingException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.TruncatedChunkException;

/** Translates transport exceptions into the typed {@link WsusException}s. */
final class NetworkErrors {

  private NetworkErrors() {}

  static WsusException translate(String operation, String server, IOException e) {
    if (e instanceof ClientProtocolException) {
      return new WsusMalformedResponseException(
          operation, server, "the HTTP answer broke the protocol: " + describe(e), e);
    }
    return new WsusNetworkException(operation, server, kind(e), describe(e), e);
  }

  static Kind kind(IOException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof UnknownHostException) {
        return Kind.DNS;
      }
      if (t instanceof SSLException) {
        return Kind.TLS;
      }
      if (t instanceof ConnectTimeoutException || t instanceof SocketTimeoutException) {
        return Kind.TIMEOUT;
      }
      if (t instanceof ConnectException) {
        return Kind.CONNECTION_REFUSED;
      }
      if (t instanceof NoHttpResponseException
          || t instanceof ConnectionClosedException
          || t instanceof TruncatedChunkException
          || t instanceof MalformedChunkCodingException) {
        return Kind.CONNECTION_RESET;
      }
      if (t instanceof SocketException) {
        String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("reset")
            || message.contains("broken pipe")
            || message.contains("closed")
            || message.contains("abort")) {
          return Kind.CONNECTION_RESET;
        }
      }
    }
    return Kind.OTHER;
  }

  /** The exception's class and message, for the detail part of a message (no credentials there). */
  static String describe(Throwable e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
