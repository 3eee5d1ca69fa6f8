package io.jenkins.plugins.wsus.core.orchestrator;

import io.jenkins.plugins.wsus.core.engine.FallbackContext;
import io.jenkins.plugins.wsus.core.engine.FallbackKind;
import io.jenkins.plugins.wsus.core.engine.FallbackResult;
import io.jenkins.plugins.wsus.core.engine.FallbackStrategy;
import io.jenkins.plugins.wsus.core.engine.SyncRequest;
import io.jenkins.plugins.wsus.core.resilience.Classification;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A fallback installed in the engine before it can be built: the catalog importer shares the
 * engine's resilience (so the catalog breaker is one of the engine's breakers), and the engine
 * takes its fallbacks when it is built.
 */
final class DeferredFallback implements FallbackStrategy {
  private final FallbackKind kind;
  private volatile FallbackStrategy target;

  DeferredFallback(FallbackKind kind) {
    this.kind = kind;
  }

  void set(FallbackStrategy strategy) {
    if (strategy.kind() != kind) {
      throw new IllegalArgumentException(
          "expected a " + kind + " strategy, got " + strategy.kind());
    }
    this.target = strategy;
  }

  @Override
  public FallbackKind kind() {
    return kind;
  }

  @Override
  public Optional<String> whyNot(
      SyncRequest request, Classification failure, boolean upstreamBreakerOpen) {
    FallbackStrategy t = target;
    return t == null
        ? Optional.of("the " + kind + " strategy is not ready yet")
        : t.whyNot(request, failure, upstreamBreakerOpen);
  }

  @Override
  public CompletableFuture<FallbackResult> run(FallbackContext context) {
    return target.run(context);
  }
}
