package io.jenkins.plugins.wsus.core.client;

/** The server could not be reached, or the connection broke before a full answer arrived. */
public final class WsusNetworkException extends WsusException {
  private static final long serialVersionUID = 1L;

  /** What kind of network failure it was. */
  public enum Kind {
    CONNECTION_REFUSED(
        "connection refused: check that the WSUS service and IIS are running and the port is right"),
    CONNECTION_RESET(
        "connection reset or closed before a complete answer: check IIS, proxies and firewalls between here and the server"),
    TIMEOUT(
        "no complete answer within the timeout: check the server's load and the configured timeouts"),
    DNS("the host name could not be resolved: check the server URL and DNS"),
    TLS(
        "the TLS handshake failed: check the server certificate, the trusted CA bundle and the host name in the URL"),
    OTHER("network error: check connectivity to the server");

    private final String hint;

    Kind(String hint) {
      this.hint = hint;
    }

    /** What it means and what to check. */
    public String hint() {
      return hint;
    }
  }

  private final Kind kind;

  public WsusNetworkException(
      String operation, String server, Kind kind, String detail, Throwable cause) {
    super(
        operation,
        server,
        kind.hint() + (detail == null || detail.isBlank() ? "" : " (" + detail + ")"),
        cause);
    this.kind = kind;
  }

  /** What kind of network failure it was. */
  public Kind kind() {
    return kind;
  }
}
