package io.jenkins.plugins.wsus.core.engine;

import io.jenkins.plugins.wsus.core.resilience.Classification;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A way to get updates in when the upstream sync failed (retries exhausted with a fallback-eligible
 * class, or the upstream breaker open). The engine tries the strategies the {@link SyncPolicy}
 * lists, in order, and records each decision in the evidence. {@link FallbackKind#DEGRADED_SYNC} is
 * built in; {@link FallbackKind#CATALOG_IMPORT} is supplied by the catalog code through {@link
 * SyncEngine.Builder#fallback(FallbackStrategy)}.
 */
public interface FallbackStrategy {

  /** Which strategy this is. */
  FallbackKind kind();

  /**
   * Why this strategy does not apply to the failure, or empty when it applies.
   *
   * @param request the request whose upstream path failed (a strategy may be configured per
   *     request, e.g. the KB list of a catalog import)
   * @param failure the classification of the failure that ended the upstream path
   * @param upstreamBreakerOpen whether the upstream breaker rejected the request
   */
  Optional<String> whyNot(SyncRequest request, Classification failure, boolean upstreamBreakerOpen);

  /**
   * Runs the strategy. The future completes with the result (success or a failure explained), or
   * exceptionally when the flight was canceled or ended by its timeout. Must journal every change
   * to a server first (see {@link FallbackContext#journal()}) and leave no change behind on
   * failure.
   */
  CompletableFuture<FallbackResult> run(FallbackContext context);
}
