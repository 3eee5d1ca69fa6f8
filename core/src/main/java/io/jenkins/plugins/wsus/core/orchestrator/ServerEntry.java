package io.jenkins.plugins.wsus.core.orchestrator;

import io.jenkins.plugins.wsus.core.client.WsusClientConfig;
import io.jenkins.plugins.wsus.core.engine.SyncRequest;
import java.util.Objects;

/**
 * One WSUS server as a host (Jenkins, wsusctl) configured it.
 *
 * @param name the name jobs use ({@code wsusSync(server: 'name')})
 * @param client how to reach it, credentials resolved
 * @param upstreamLabel servers with the same label share one upstream circuit breaker (they sync
 *     from the same Microsoft Update or upstream WSUS); blank for {@code auto}: read from the
 *     server's configuration at each sync
 */
public record ServerEntry(String name, WsusClientConfig client, String upstreamLabel) {
  public ServerEntry {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a WSUS server needs a name");
    }
    Objects.requireNonNull(client, "client configuration of server " + name);
    upstreamLabel =
        upstreamLabel == null || upstreamLabel.isBlank()
            ? SyncRequest.AUTO_UPSTREAM
            : upstreamLabel.trim();
  }
}
