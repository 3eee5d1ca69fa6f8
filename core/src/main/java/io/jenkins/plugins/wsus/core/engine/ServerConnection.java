package io.jenkins.plugins.wsus.core.engine;

import io.jenkins.plugins.wsus.core.client.WsusApi;
import io.jenkins.plugins.wsus.core.resilience.Resilience;
import io.jenkins.plugins.wsus.core.resilience.ResilientCall;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;

/**
 * One server's API as the engine calls it: every call is a single attempt through the shared {@link
 * Resilience} (the server's bulkhead, its breaker {@code server:<name>} and the call timeout),
 * running the blocking client call on the engine's bounded I/O executor. Retrying is decided one
 * level up: a whole sync attempt is retried, which is idempotent (start or attach).
 */
final class ServerConnection {
  private final String name;
  private final WsusApi api;
  private final ExecutorService io;
  private final Resilience resilience;
  private final ResilientCall guard;

  ServerConnection(String name, WsusApi api, Resilience resilience, ExecutorService io) {
    this.name = name;
    this.api = api;
    this.io = io;
    this.resilience = resilience;
    this.guard =
        ResilientCall.to(Resilience.server(name))
            .withBulkhead(Resilience.server(name))
            .withoutRetry();
  }

  String name() {
    return name;
  }

  WsusApi api() {
    return api;
  }

  /** Runs {@code call} once, guarded; the future fails with the client's own exception. */
  <T> CompletableFuture<T> call(WsusCall<T> call) {
    CompletableFuture<T> result = new CompletableFuture<>();
    try {
      resilience
          .execute(guard, () -> CompletableFuture.supplyAsync(() -> invoke(call), io))
          .whenComplete(
              (value, failure) -> {
                if (failure == null) {
                  result.complete(value);
                } else {
                  result.completeExceptionally(Failures.unwrap(failure));
                }
              });
    } catch (RuntimeException e) {
      result.completeExceptionally(e);
    }
    return result;
  }

  private <T> T invoke(WsusCall<T> call) {
    try {
      return call.call(api);
    } catch (Exception e) {
      throw new CompletionException(e);
    }
  }

  void close() {
    api.close();
  }
}
