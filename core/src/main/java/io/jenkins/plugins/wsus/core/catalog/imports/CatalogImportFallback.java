package io.jenkins.plugins.wsus.core.catalog.imports;

import io.jenkins.plugins.wsus.core.engine.FallbackContext;
import io.jenkins.plugins.wsus.core.engine.FallbackKind;
import io.jenkins.plugins.wsus.core.engine.FallbackResult;
import io.jenkins.plugins.wsus.core.engine.FallbackStrategy;
import io.jenkins.plugins.wsus.core.engine.SyncRequest;
import io.jenkins.plugins.wsus.core.evidence.SyncPath;
import io.jenkins.plugins.wsus.core.resilience.Classification;
import io.jenkins.plugins.wsus.core.resilience.ErrorClassTable;
import io.jenkins.plugins.wsus.core.resilience.RetryNotice;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The {@link FallbackKind#CATALOG_IMPORT} strategy: when the upstream cannot deliver (a failure the
 * error class table makes fallback-eligible, or the upstream breaker open), imports the plan's KBs
 * from the Microsoft Update Catalog into the server with a {@link CatalogImporter}, through the
 * flight's own guarded server calls. Its progress lines go to the flight's log, its journal steps
 * to the evidence; the outcome's path is CATALOG and lists the delivered updates.
 *
 * <pre>{@code
 * SyncEngine engine = SyncEngine.builder(settings, apis, journal)
 *     .fallback(new CatalogImportFallback(importer, CatalogImportPlan.of(List.of("KB5062572"))))
 *     .build();
 * // and a SyncPolicy with fallbackOrder(List.of(DEGRADED_SYNC, CATALOG_IMPORT))
 * }</pre>
 */
public final class CatalogImportFallback implements FallbackStrategy {

  private final CatalogImporter importer;
  private final Function<SyncRequest, CatalogImportPlan> plans;
  private final List<Consumer<CatalogImportResult>> resultListeners = new CopyOnWriteArrayList<>();

  /** Imports the same plan whatever the request. */
  public CatalogImportFallback(CatalogImporter importer, CatalogImportPlan plan) {
    this(importer, fixed(Objects.requireNonNull(plan, "plan")));
  }

  /**
   * Imports each request's own plan (a pipeline step names its KBs); a request without one gets an
   * empty plan, for which the strategy says why it does not apply.
   */
  public CatalogImportFallback(
      CatalogImporter importer, Function<SyncRequest, CatalogImportPlan> plans) {
    this.importer = Objects.requireNonNull(importer, "importer");
    this.plans = Objects.requireNonNull(plans, "plans");
  }

  private static Function<SyncRequest, CatalogImportPlan> fixed(CatalogImportPlan plan) {
    return request -> plan;
  }

  private CatalogImportPlan planFor(SyncRequest request) {
    CatalogImportPlan plan = plans.apply(request);
    return plan == null ? CatalogImportPlan.of(List.of()) : plan;
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
  public Optional<String> whyNot(
      SyncRequest syncRequest, Classification failure, boolean upstreamBreakerOpen) {
    if (planFor(syncRequest).kbs().isEmpty()) {
      return Optional.of("no KB list is configured for the catalog import");
    }
    // The error table decides which failures mean "the upstream cannot deliver now" (network to
    // the upstream, upstream down, bad metadata): the catalog may deliver instead.
    if (upstreamBreakerOpen
        || ErrorClassTable.policyOf(failure.errorClass()).eligibleForFallback()) {
      return Optional.empty();
    }
    return Optional.of(
        "a "
            + failure.errorClass()
            + " failure is not one the catalog can work around (see the error class table)");
  }

  @Override
  public CompletableFuture<FallbackResult> run(FallbackContext ctx) {
    CatalogImportPlan plan = planFor(ctx.request());
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
            request,
            ServerCalls.of(ctx),
            ImportListener.all(toFlight, ImportEvidence.into(ctx.evidence(), importer.clock())),
            () -> ctx.ended() ? ctx.endReason() : null)
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
              return toFallbackResult(result, plan);
            });
  }

  private static FallbackResult toFallbackResult(
      CatalogImportResult result, CatalogImportPlan plan) {
    List<String> delivered =
        result.delivered().stream().map(u -> u.updateId().toString()).distinct().toList();
    boolean ok =
        result.status() == ImportStatus.SUCCEEDED
            || (!plan.requireAll() && result.status() == ImportStatus.PARTIAL);
    if (!ok) {
      // Not a success by the plan, yet what was imported stays in WSUS and is reported.
      return new FallbackResult(false, SyncPath.CATALOG, 0, List.of(), delivered, result.summary());
    }
    return new FallbackResult(true, SyncPath.CATALOG, 0, List.of(), delivered, result.summary());
  }
}
