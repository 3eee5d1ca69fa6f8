package io.jenkins.plugins.wsus.core.orchestrator;

import io.jenkins.plugins.wsus.core.client.ApiRemotingClient;
import io.jenkins.plugins.wsus.core.client.WsusApi;
import io.jenkins.plugins.wsus.core.client.WsusClientConfig;
import io.jenkins.plugins.wsus.core.engine.WsusApiFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The configured WSUS servers, by name, and their API clients. Registering a server again with a
 * changed configuration switches its client in place; the old client is closed once any call
 * already using it must have ended.
 */
final class ServerRegistry implements WsusApiFactory {
  private final Map<String, ServerEntry> entries = new TreeMap<>();
  private final Map<String, SwitchableWsusApi> apis = new TreeMap<>();
  private final Function<WsusClientConfig, WsusApi> clients;
  private final ScheduledExecutorService timer;

  ServerRegistry(Function<WsusClientConfig, WsusApi> clients, ScheduledExecutorService timer) {
    this.clients = clients;
    this.timer = timer;
  }

  static ServerRegistry withRealClients(ScheduledExecutorService timer) {
    return new ServerRegistry(ApiRemotingClient::new, timer);
  }

  /** Adds or updates a server. */
  synchronized void register(ServerEntry entry) {
    ServerEntry previous = entries.put(entry.name(), entry);
    SwitchableWsusApi api = apis.get(entry.name());
    if (api != null && previous != null && !previous.client().equals(entry.client())) {
      WsusApi old = api.switchTo(clients.apply(entry.client()));
      // A call started on the old client may still run: close it after its longest possible call.
      Duration grace =
          previous
              .client()
              .connectTimeout()
              .plus(previous.client().responseTimeout())
              .multipliedBy(2);
      timer.schedule(old::close, grace.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  synchronized ServerEntry entry(String name) {
    ServerEntry entry = entries.get(name);
    if (entry == null) {
      throw new UnknownServerException(name, List.copyOf(entries.keySet()));
    }
    return entry;
  }

  synchronized List<ServerEntry> all() {
    return List.copyOf(entries.values());
  }

  @Override
  public synchronized WsusApi open(String server) {
    ServerEntry entry = entry(server);
    return apis.computeIfAbsent(server, n -> new SwitchableWsusApi(clients.apply(entry.client())));
  }
}
