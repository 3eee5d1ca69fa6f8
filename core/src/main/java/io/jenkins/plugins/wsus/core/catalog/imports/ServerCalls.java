package io.jenkins.plugins.wsus.core.catalog.imports;

import io.jenkins.plugins.wsus.core.client.WsusApi;
import io.jenkins.plugins.wsus.core.engine.FallbackContext;
import io.jenkins.plugins.wsus.core.engine.SyncEngine;
import io.jenkins.plugins.wsus.core.engine.WsusCall;
import io.jenkins.plugins.wsus.core.resilience.Resilience;
import io.jenkins.plugins.wsus.core.resilience.ResilientCall;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * How an import reaches its WSUS server: one guarded attempt per call (bulkhead, breaker {@code
 * server:<name>}, call timeout). The {@link CatalogImporter} adds the retries. Implement it with a
 * method reference, e.g. {@code ctx::callServer}.
 */
public interface ServerCalls {

  /** Calls the server once, guarded; the future fails with the client's own exception. */
  <T> CompletableFuture<T> call(WsusCall<T> call);

  /** Through a running fallback's flight (the engine's breaker and bulkhead of that server). */
  static ServerCalls of(FallbackContext context) {
    return context::callServer;
  }

  /** Through the engine's connection to {@code server} (shares its breaker and bulkhead). */
  static ServerCalls through(SyncEngine engine, String server) {
    return new ServerCalls() {
      @Override
      public <T> CompletableFuture<T> call(WsusCall<T> call) {
        return engine.call(server, call);
      }
    };
  }

  /**
   * Straight to an API, guarded by {@code resilience}'s bulkhead and breaker {@code
   * server:<server>} and its call timeout; the blocking call runs on {@code io}. For hosts without
   * an engine (e.g. a one-shot CLI command).
   */
  static ServerCalls direct(WsusApi api, String server, Resilience resilience, Executor io) {
    ResilientCall guard =
        ResilientCall.to(Resilience.server(server))
            .withBulkhead(Resilience.server(server))
            .withoutRetry();
    return new ServerCalls() {
      @Override
      public <T> CompletableFuture<T> call(WsusCall<T> call) {
        return resilience.execute(
            guard,
            () ->
                CompletableFuture.supplyAsync(
                    () -> {
                      try {
                        return call.call(api);
                      } catch (Exception e) {
                        throw new CompletionException(e);
                      }
                    },
                    io));
      }
    };
  }
}
