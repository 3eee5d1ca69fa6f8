package io.jenkins.plugins.wsus.core.engine;

import io.jenkins.plugins.wsus.core.evidence.SyncPath;
import io.jenkins.plugins.wsus.core.journal.ChangeJournal;
import io.jenkins.plugins.wsus.core.journal.ChangeRequest;
import io.jenkins.plugins.wsus.core.journal.JournalEntry;
import io.jenkins.plugins.wsus.core.journal.SubscriptionSets;
import io.jenkins.plugins.wsus.core.model.Subscription;
import io.jenkins.plugins.wsus.core.model.SubscriptionCategory;
import io.jenkins.plugins.wsus.core.resilience.Classification;
import io.jenkins.plugins.wsus.core.resilience.ClassifiedFailureException;
import io.jenkins.plugins.wsus.core.resilience.ErrorClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * The degraded sync (only for {@link ErrorClass#UPSTREAM_METADATA}): bisects the enabled
 * classifications (and products, if the policy says so) with {@link QuarantineBisector} to find the
 * smallest set whose exclusion lets the sync succeed, syncs with it excluded, then restores the
 * original set as the {@link RestoreMode} says.
 *
 * <p>Journal: every SetSubscription is preceded by a durable entry whose original is the server's
 * set <i>before the degraded run</i> and whose intended set is this step's set; the entry becomes
 * APPLIED once the server confirmed, and the previous step's entry is closed only after that. So at
 * every instant the open entries, undone by recovery, bring the server back to the original set.
 */
final class DegradedSync implements FallbackStrategy {

  private final ChangeJournal journal;
  private final String userName;

  DegradedSync(ChangeJournal journal, String userName) {
    this.journal = journal;
    this.userName = userName;
  }

  @Override
  public FallbackKind kind() {
    return FallbackKind.DEGRADED_SYNC;
  }

  @Override
  public Optional<String> whyNot(
      SyncRequest request, Classification failure, boolean upstreamBreakerOpen) {
    if (upstreamBreakerOpen) {
      return Optional.of("the upstream circuit breaker is open: a test sync would be rejected too");
    }
    if (failure.errorClass() != ErrorClass.UPSTREAM_METADATA) {
      return Optional.of(
          "only an UPSTREAM_METADATA failure can be bound to classifications; this one is "
              + failure.errorClass());
    }
    return Optional.empty();
  }

  @Override
  public CompletableFuture<FallbackResult> run(FallbackContext ctx) {
    return ctx.callServer(api -> api.getSubscription())
        .thenCompose(
            subscription ->
                ctx.callServer(api -> api.getSubscriptionCategories(true))
                    .thenCompose(
                        classifications ->
                            ctx.callServer(api -> api.getSubscriptionCategories(false))
                                .thenCompose(
                                    products ->
                                        new Run(ctx, subscription, classifications, products)
                                            .start())));
  }

  /** One degraded run: the state shared by its test syncs. */
  private final class Run {
    private final FallbackContext ctx;
    private final Subscription subscription;
    private final List<SubscriptionCategory> classifications;
    private final List<SubscriptionCategory> products;
    private final SubscriptionSets original;
    private final List<QuarantinedCategory> candidates = new ArrayList<>();

    /** Entries not yet closed, oldest first: together they cover the server's current change. */
    private final List<JournalEntry> open = new ArrayList<>();

    Run(
        FallbackContext ctx,
        Subscription subscription,
        List<SubscriptionCategory> classifications,
        List<SubscriptionCategory> products) {
      this.ctx = ctx;
      this.subscription = subscription;
      this.classifications = List.copyOf(classifications);
      this.products = List.copyOf(products);
      this.original =
          SubscriptionSets.of(
              classifications.stream().map(SubscriptionCategory::id).toList(),
              products.stream().map(SubscriptionCategory::id).toList());
      classifications.forEach(
          c -> candidates.add(new QuarantinedCategory(c.id(), c.title(), false)));
      if (ctx.request().policy().includeProductsInBisection()) {
        products.forEach(p -> candidates.add(new QuarantinedCategory(p.id(), p.title(), true)));
      }
    }

    CompletableFuture<FallbackResult> start() {
      ctx.log(
          "degraded sync: bisecting "
              + candidates.size()
              + " candidates (at most "
              + QuarantineBisector.boundForOne(candidates.size())
              + " syncs for one bad classification)");
      QuarantineBisector<QuarantinedCategory> bisector =
          new QuarantineBisector<>(candidates, this::test);
      return bisector
          .run()
          .handle(
              (result, failure) -> {
                if (failure != null) {
                  return restore(
                          false, "degraded sync aborted: " + Failures.unwrap(failure).getMessage())
                      .thenCompose(
                          x ->
                              CompletableFuture.<FallbackResult>failedFuture(
                                  Failures.unwrap(failure)));
                }
                return finish(result);
              })
          .thenCompose(f -> f);
    }

    private CompletableFuture<FallbackResult> finish(
        QuarantineBisector.Result<QuarantinedCategory> result) {
      if (result.verdict() != QuarantineBisector.Verdict.ISOLATED) {
        return restore(false, result.explanation())
            .thenApply(
                x ->
                    FallbackResult.failed(SyncPath.DEGRADED, result.tests(), result.explanation()));
      }
      FallbackResult ok =
          new FallbackResult(
              true,
              SyncPath.DEGRADED,
              result.tests(),
              result.quarantine(),
              List.of(),
              result.explanation());
      if (ctx.request().policy().restoreMode() == RestoreMode.IMMEDIATELY) {
        return restore(true, "the degraded sync succeeded; original set restored at once")
            .thenApply(x -> ok);
      }
      ctx.journalStep(
          "KEPT",
          "entry "
              + open.get(open.size() - 1).id()
              + " stays APPLIED: the quarantine is lifted by the next sync of this server, and"
              + " stays lifted if that full sync succeeds");
      return CompletableFuture.completedFuture(ok);
    }

    /** test(X): journal, exclude X on the server, sync; true on success. */
    private CompletableFuture<Boolean> test(Set<QuarantinedCategory> excluded) {
      if (ctx.ended()) {
        return CompletableFuture.failedFuture(ctx.endReason());
      }
      Set<UUID> ids = excluded.stream().map(QuarantinedCategory::id).collect(Collectors.toSet());
      List<UUID> keptClassifications =
          classifications.stream()
              .map(SubscriptionCategory::id)
              .filter(id -> !ids.contains(id))
              .toList();
      List<UUID> keptProducts =
          products.stream().map(SubscriptionCategory::id).filter(id -> !ids.contains(id)).toList();
      SubscriptionSets intended = SubscriptionSets.of(keptClassifications, keptProducts);
      String change = "exclude " + titles(excluded);
      JournalEntry entry;
      try {
        entry =
            journal.recordIntent(
                ChangeRequest.quarantine(
                    ctx.request().runId(),
                    ctx.request().server(),
                    original,
                    intended,
                    change,
                    "degraded sync after " + ctx.failure()));
      } catch (RuntimeException e) {
        return CompletableFuture.failedFuture(e); // never change the server unjournaled
      }
      open.add(entry);
      ctx.journalStep("PENDING", entry.id() + ": " + change);
      return ctx.<Void>callServer(
              api -> {
                api.setSubscription(subscription, keptProducts, keptClassifications, userName);
                return null;
              })
          .thenCompose(
              x -> {
                journal.markApplied(entry.id(), "the server saved the subscription");
                ctx.journalStep("APPLIED", entry.id() + ": " + change);
                // Close the earlier entries only now that this one covers the server's state.
                for (JournalEntry previous : List.copyOf(open)) {
                  if (!previous.id().equals(entry.id())) {
                    journal.markCompleted(previous.id(), "superseded by " + entry.id());
                    open.remove(previous);
                    ctx.journalStep("COMPLETED", previous.id() + ": superseded by " + entry.id());
                  }
                }
                ctx.log("test sync with " + change);
                return ctx.runSync();
              })
          .handle(
              (x, failure) -> {
                if (failure == null) {
                  return true;
                }
                Throwable cause = Failures.unwrap(failure);
                if (cause instanceof ClassifiedFailureException cf
                    && cf.classification().errorClass() == ErrorClass.UPSTREAM_METADATA) {
                  return false;
                }
                throw cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
              });
    }

    /** Puts the original set back and closes the open entry. */
    private CompletableFuture<Void> restore(boolean completed, String why) {
      if (open.isEmpty()) {
        return CompletableFuture.completedFuture(null);
      }
      List<UUID> allClassifications =
          classifications.stream().map(SubscriptionCategory::id).toList();
      List<UUID> allProducts = products.stream().map(SubscriptionCategory::id).toList();
      return ctx.<Void>callServer(
              api -> {
                api.setSubscription(subscription, allProducts, allClassifications, userName);
                return null;
              })
          .handle(
              (x, failure) -> {
                if (failure != null) {
                  ctx.log(
                      "could not restore the original set now ("
                          + Failures.unwrap(failure).getMessage()
                          + "); the journal entries stay open and recovery restores it");
                  return null;
                }
                for (JournalEntry entry : List.copyOf(open)) {
                  if (completed) {
                    journal.markCompleted(entry.id(), why);
                    ctx.journalStep("COMPLETED", entry.id() + ": " + why);
                  } else {
                    journal.markUndone(entry.id(), why);
                    ctx.journalStep("UNDONE", entry.id() + ": " + why);
                  }
                  open.remove(entry);
                }
                return null;
              });
    }
  }

  private static String titles(Set<QuarantinedCategory> set) {
    return set.stream()
        .map(
            c ->
                (c.product() ? "product " : "classification ")
                    + (c.title() == null ? c.id() : c.title()))
        .sorted()
        .collect(Collectors.joining(", ", "[", "]"));
  }
}
