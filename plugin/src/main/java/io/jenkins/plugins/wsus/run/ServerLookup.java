package io.jenkins.plugins.wsus.run;

import io.jenkins.plugins.wsus.WsusServer;
import java.util.List;

/** Finds a configured server by name, or says which names exist. */
public final class ServerLookup {
  private ServerLookup() {}

  /**
   * @throws IllegalArgumentException naming the unknown server and the configured ones
   */
  public static WsusServer find(List<WsusServer> servers, String name) {
    return servers.stream()
        .filter(s -> s.getName().equalsIgnoreCase(name == null ? "" : name.trim()))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no WSUS server named '"
                        + name
                        + "' is configured (Manage Jenkins → System → WSUS Orchestrator); "
                        + (servers.isEmpty()
                            ? "none is configured yet"
                            : "configured: "
                                + String.join(
                                    ", ", servers.stream().map(WsusServer::getName).toList()))));
  }
}
