package io.jenkins.plugins.wsus.core.engine;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.jenkins.plugins.wsus.core.client.WsusApi;
import io.jenkins.plugins.wsus.core.resilience.Resilience;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;

/**
 * One server's API as the engine calls it: every call is a single attempt that goes through the
 * server's bulkhead, then its circuit breaker ({@code server:<name>}), under the per-call timeout,
 * and runs the blocking client call on the engine's bounded I/O executor. Retrying is decided one
 * level up (a whole sync attempt is retried, which is idempotent: start or attach).
 */
final class ServerConnection {
  private final String name;
  private final WsusApi api;
  private final ExecutorService io;
  private final ScheduledExecutorService scheduler;
  private final Bulkhead bulkhead;
  private final CircuitBreaker breaker;
  private final TimeLimiter timeLimiter;

  ServerConnection(
      String name,
      WsusApi api,
      Resilience resilience,
      ExecutorService io,
      ScheduledExecutorService scheduler) {
    this.name = name;
    this.api = api;
    this.io = io;
    this.scheduler = scheduler;
    this.bulkhead = resilience.bulkhead(Resilience.server(name));
    this.breaker = resilience.breaker(Resilience.server(name));
    this.timeLimiter =
        TimeLimiter.of(
            "call:" + name,
            TimeLimiterConfig.custom()
                .timeoutDuration(resilience.settings().callTimeout())
                .cancelRunningFuture(true)
                .build());
  }

  String name() {
    return name;
  }

  WsusApi api() {
    return api;
  }

  /** Runs {@code call} once, guarded; the future fails with the client's own exception. */
  <T> CompletableFuture<T> call(WsusCall<T> call) {
    Supplier<CompletionStage<T>> run = () -> CompletableFuture.supplyAsync(() -> invoke(call), io);
    Supplier<CompletionStage<T>> timed = () -> timeLimiter.executeCompletionStage(scheduler, run);
    Supplier<CompletionStage<T>> guarded = CircuitBreaker.decorateCompletionStage(breaker, timed);
    Supplier<CompletionStage<T>> limited = Bulkhead.decorateCompletionStage(bulkhead, guarded);
    CompletableFuture<T> result = new CompletableFuture<>();
    try {
      limited
          .get()
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
