package io.jenkins.plugins.wsus.core.catalog.imports;

import io.jenkins.plugins.wsus.core.engine.FallbackContext;
import io.jenkins.plugins.wsus.core.engine.FallbackKind;
import io.jenkins.plugins.wsus.core.engine.FallbackResult;
import io.jenkins.plugins.wsus.core.engine.FallbackStrategy;
import io.jenkins.plugins.wsus.core.evidence.SyncPath;
import io.jenkins.plugins.wsus.core.resilience.Classification;
import io.jenkins.plugins.wsus.core.resilience.ErrorClass;
import io.jenkins.plugins.wsus.core.resilience.RetryNotice;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The {@link FallbackKind#CATALOG_IMPORT} strategy: when the upstream is down (an
 * UPSTREAM_UNAVAILABLE or UPSTREAM_METADATA failure, or the upstream breaker open), imports the
 * plan's KBs from the Microsoft Update Catalog into the server with a {@link CatalogImporter},
 * through the flight's own guarded server calls. Its progress lines go to the flight's log, its
 * journal steps to the evidence; the outcome's path is CATALOG and lists the delivered updates.
 *
 * <pre>{@code
 * SyncEngine engine = SyncEngine.builder(settings, apis, journal)
 *     .fallback(new CatalogImportFallback(importer, CatalogImportPlan.of(List.of("KB5062572"))))
 *     .build();
 * // and a SyncPolicy with fallbackOrder(List.of(DEGRADED_SYNC, CATALOG_IMPORT))
 * }</pre>
 */
public final class CatalogImportFallback implements FallbackStrategy {
  /** Failure classes that mean "the upstream cannot deliver now": the catalog may. */
  static final Set<ErrorClass> APPLIES_TO =
      EnumSet.of(ErrorClass.UPSTREAM_UNAVAILABLE, ErrorClass.UPSTREAM_METADATA);

  private final CatalogImporter importer;
  private final CatalogImportPlan plan;
  private final List<Consumer<CatalogImportResult>> resultListeners = new CopyOnWriteArrayList<>();

  public CatalogImportFallback(CatalogImporter importer, CatalogImportPlan plan) {
    this.importer = Objects.requireNonNull(importer, "importer");
    this.plan = Objects.requireNonNull(plan, "plan");
  }

  /** Hears the full result of every import this fallback runs (for reports and the build log). */
  public CatalogImportFallback addResultListener(Consumer<CatalogImportResult> listener) {
    resultListeners.add(Objects.requireNonNull(listener));
    return this;
  }

  @Override
  public FallbackKind kind() {
    return FallbackKind.CATALOG_IMPORT;
  }

  @Override
  public Optional<String> whyNot(Classification failure, boolean upstreamBreakerOpen) {
    if (plan.kbs().isEmpty()) {
      return Optional.of("no KB list is configured for the catalog import");
    }
    if (upstreamBreakerOpen || APPLIES_TO.contains(failure.errorClass())) {
      return Optional.empty();
    }
    return Optional.of(
        "only an UPSTREAM_UNAVAILABLE or UPSTREAM_METADATA failure, or an open upstream breaker,"
            + " calls for a catalog import; this one is "
            + failure.errorClass());
  }

  @Override
  public CompletableFuture<FallbackResult> run(FallbackContext ctx) {
    CatalogImportRequest request =
        CatalogImportRequest.builder(ctx.request().server(), plan.kbs())
            .filters(plan.filters())
            .approval(plan.approval())
            .runId(ctx.request().runId())
            .requestedBy(ctx.request().requestedBy())
            .build();
    ImportListener toFlight =
        new ImportListener() {
          @Override
          public void onProgress(String line) {
            ctx.log(line);
          }

          @Override
          public void onJournalStep(String step, String detail) {
            ctx.journalStep(step, detail);
          }

          @Override
          public void onRetry(RetryNotice notice) {
            ctx.log(notice.describe());
          }
        };
    return importer
        .importUpdates(
            request, ServerCalls.of(ctx), toFlight, () -> ctx.ended() ? ctx.endReason() : null)
        .thenApply(
            result -> {
              for (Consumer<CatalogImportResult> l : resultListeners) {
                try {
                  l.accept(result);
                } catch (RuntimeException e) {
                  // a report listener must not change the outcome
                }
              }
              if (ctx.ended()) {
                throw new CompletionException(ctx.endReason());
              }
              return toFallbackResult(result);
            });
  }

  private FallbackResult toFallbackResult(CatalogImportResult result) {
    List<String> delivered =
        result.delivered().stream().map(u -> u.updateId().toString()).distinct().toList();
    boolean ok =
        result.status() == ImportStatus.SUCCEEDED
            || (!plan.requireAll() && result.status() == ImportStatus.PARTIAL);
    if (!ok) {
      return FallbackResult.failed(SyncPath.CATALOG, 0, result.summary());
    }
    return new FallbackResult(true, SyncPath.CATALOG, 0, List.of(), delivered, result.summary());
  }
}
