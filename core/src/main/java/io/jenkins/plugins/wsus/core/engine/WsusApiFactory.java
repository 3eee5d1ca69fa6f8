package io.jenkins.plugins.wsus.core.engine;

import io.jenkins.plugins.wsus.core.client.WsusApi;

/**
 * Opens the API of a server by its configured name. The engine opens each server once and closes it
 * when the engine closes. The host (plugin, CLI) builds it from its server configuration.
 */
@FunctionalInterface
public interface WsusApiFactory {
  /**
   * @param server the configured server name of a {@link SyncRequest}
   * @throws IllegalArgumentException when no server of that name is configured
   */
  WsusApi open(String server);
}
