package io.jenkins.plugins.wsus.simulator;

/** The simulator could not start (port in use, unreadable WSDL, ...). */
public final class SimulatorStartException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SimulatorStartException(String message, Throwable cause) {
    super(message, cause);
  }
}
