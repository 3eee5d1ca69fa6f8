package io.jenkins.plugins.wsus.simulator.model;

/** The simulated WSUS server's state (filled in below). */
public final class WsusModel {
  private final String serverVersion;

  public WsusModel(String serverVersion) {
    this.serverVersion = serverVersion;
  }

  public String serverVersion() {
    return serverVersion;
  }
}
