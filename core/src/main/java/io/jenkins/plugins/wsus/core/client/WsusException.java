package io.jenkins.plugins.wsus.core.client;

/**
 * A call to a WSUS server's API Remoting service failed. Subclasses say how; the message names the
 * operation and the server and says what to check. No message ever contains a password.
 */
public abstract class WsusException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String operation;
  private final String server;

  /**
   * @param operation the WSDL operation name, e.g. {@code GetSubscriptionState}
   * @param server the server's display name or base URL, without credentials
   * @param detail what went wrong and what to check
   * @param cause the underlying cause, may be null
   */
  protected WsusException(String operation, String server, String detail, Throwable cause) {
    super(operation + " on " + server + ": " + detail, cause);
    this.operation = operation;
    this.server = server;
  }

  /** The WSDL operation that failed. */
  public String operation() {
    return operation;
  }

  /** The server's display name or base URL (never with credentials). */
  public String server() {
    return server;
  }
}
