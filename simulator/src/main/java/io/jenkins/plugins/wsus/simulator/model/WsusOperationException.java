package io.jenkins.plugins.wsus.simulator.model;

/**
 * A server-side failure of an operation; the web service answers {@code soap:Server} "Server was
 * unable to process request. ---> " followed by {@link #getMessage()}.
 */
public final class WsusOperationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public WsusOperationException(String innerMessage) {
    super(innerMessage, null, false, false);
  }
}
