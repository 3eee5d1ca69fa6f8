package io.jenkins.plugins.wsus.core.catalog.imports;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.jenkins.plugins.wsus.core.catalog.CandidateDecision;
import io.jenkins.plugins.wsus.core.catalog.CatalogException;
import io.jenkins.plugins.wsus.core.catalog.CatalogResolver;
import io.jenkins.plugins.wsus.core.catalog.Resolution;
import io.jenkins.plugins.wsus.core.catalog.ResolutionCriteria;
import io.jenkins.plugins.wsus.core.client.WsusSoapFaultException;
import io.jenkins.plugins.wsus.core.engine.WsusCall;
import io.jenkins.plugins.wsus.core.journal.ChangeJournal;
import io.jenkins.plugins.wsus.core.journal.ChangeKind;
import io.jenkins.plugins.wsus.core.journal.ChangeRequest;
import io.jenkins.plugins.wsus.core.journal.CompletionPolicy;
import io.jenkins.plugins.wsus.core.journal.JournalEntry;
import io.jenkins.plugins.wsus.core.model.TargetGroup;
import io.jenkins.plugins.wsus.core.model.UpdateRevisionId;
import io.jenkins.plugins.wsus.core.model.UpdateSummary;
import io.jenkins.plugins.wsus.core.resilience.Classification;
import io.jenkins.plugins.wsus.core.resilience.ErrorClass;
import io.jenkins.plugins.wsus.core.resilience.Resilience;
import io.jenkins.plugins.wsus.core.resilience.ResilientCall;
import io.jenkins.plugins.wsus.core.resilience.RetryNotice;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One catalog import, run start to end on an importer thread. Every wait is a future the thread
 * joins; the calls themselves run guarded elsewhere (catalog pool, the server's I/O).
 */
final class ImportRun {
  /** Revision 0 asks for the latest revision (IUpdateServer.GetUpdate, UpdateRevisionId docs). */
  static final int LATEST_REVISION = 0;

  private final CatalogImporter importer;
  private final CatalogImportRequest request;
  private final ServerCalls server;
  private final ImportListener listener;
  private final Supplier<RuntimeException> ended;
  private final ChangeJournal journal;
  private final CatalogResolver resolver;
  private final ResolutionCriteria criteria;
  private final Map<UUID, UpdateImport> done = new LinkedHashMap<>();
  private UUID targetGroupId;

  ImportRun(
      CatalogImporter importer,
      CatalogImportRequest request,
      ServerCalls server,
      ImportListener listener,
      Supplier<RuntimeException> ended) {
    this.importer = importer;
    this.request = request;
    this.server = server;
    this.listener = listener;
    this.ended = ended;
    this.journal = importer.journal();
    this.resolver = new CatalogResolver(importer.catalog());
    this.criteria = request.filters();
  }

  CatalogImportResult run() {
    Instant start = importer.clock().instant();
    progress(
        "catalog import into "
            + request.server()
            + ": "
            + request.kbs()
            + (request.approval() == null
                ? ""
                : ", then approve for " + describe(request.approval())));
    List<KbImport> kbs = new ArrayList<>();
    Optional<ImportFailure> groupProblem = findTargetGroup();
    for (String kb : request.kbs()) {
      KbImport done;
      if (groupProblem.isPresent()) {
        // Nothing is imported when the approval cannot be done: the request would half-succeed.
        done = failedKb(kb, groupProblem.get());
      } else if (endReason() != null) {
        done = failedKb(kb, notAttempted(ImportStage.RESOLVE));
      } else {
        done = importKb(kb);
      }
      kbs.add(done);
      tell(l -> l.onKb(done));
    }
    CatalogImportResult result =
        new CatalogImportResult(
            request.server(),
            request.runId(),
            overall(kbs),
            start,
            importer.clock().instant(),
            kbs,
            "");
    String summary = summarize(result);
    progress(summary);
    return new CatalogImportResult(
        result.server(), result.runId(), result.status(), start, result.end(), kbs, summary);
  }

  // ------------------------------------------------------------------ target group

  private Optional<ImportFailure> findTargetGroup() {
    ImportApproval approval = request.approval();
    if (approval == null) {
      return Optional.empty();
    }
    List<TargetGroup> groups;
    try {
      groups = callServer(api -> api.getAllTargetGroups());
    } catch (RuntimeException e) {
      Classification c = classify(e);
      return Optional.of(
          new ImportFailure(
              ImportStage.APPROVE,
              c.errorClass().name(),
              "could not read the target groups of "
                  + request.server()
                  + " ("
                  + c
                  + "); nothing was imported"));
    }
    for (TargetGroup g : groups) {
      if (g.name() != null && g.name().trim().equalsIgnoreCase(approval.targetGroup())) {
        targetGroupId = g.id();
        return Optional.empty();
      }
    }
    String known =
        groups.stream()
            .map(TargetGroup::name)
            .filter(n -> n != null)
            .sorted()
            .collect(Collectors.joining("', '", "'", "'"));
    ImportFailure f =
        new ImportFailure(
            ImportStage.APPROVE,
            ErrorClass.CONFIGURATION.name(),
            "target group '"
                + approval.targetGroup()
                + "' does not exist on "
                + request.server()
                + " (it has "
                + known
                + "); nothing was imported");
    progress(f.message());
    return Optional.of(f);
  }

  // ------------------------------------------------------------------ one KB

  private KbImport importKb(String kb) {
    progress(kb + ": resolving in the catalog");
    Resolution r;
    try {
      r = resolve(kb);
    } catch (RuntimeException e) {
      Classification c = classify(e);
      ImportFailure f =
          new ImportFailure(ImportStage.RESOLVE, c.errorClass().name(), catalogMessage(e, c));
      progress(kb + ": the catalog could not be read: " + f.message());
      return failedKb(kb, f);
    }
    if (!r.isResolved()) {
      List<CandidateDecision> skipped =
          r.candidates().stream().filter(d -> !d.reason().isChosen()).toList();
      progress(
          kb
              + ": no catalog update to import"
              + (skipped.isEmpty()
                  ? " (the catalog has no result)"
                  : "; skipped: "
                      + skipped.stream()
                          .map(d -> d.reason().name())
                          .distinct()
                          .collect(Collectors.joining(", "))));
      return new KbImport(
          kb,
          KbStatus.UNRESOLVED,
          r.searchComplete(),
          r.chosen(),
          r.candidates(),
          List.of(),
          r.warnings(),
          null);
    }
    progress(kb + ": " + r.chosen().size() + " update(s) chosen: " + r.chosen());
    List<UpdateImport> updates = new ArrayList<>();
    for (UUID id : r.chosen()) {
      UpdateImport earlier = done.get(id);
      if (earlier != null) {
        progress(kb + ": " + id + " was already handled for " + earlier.kb() + " in this run");
        updates.add(earlier);
        continue;
      }
      String title =
          r.candidates().stream()
              .filter(d -> d.updateId().equals(id))
              .map(CandidateDecision::title)
              .findFirst()
              .orElse("");
      UpdateImport u =
          endReason() != null ? notAttempted(kb, id, title) : importUpdate(kb, id, title);
      done.put(id, u);
      updates.add(u);
      tell(l -> l.onUpdate(u));
    }
    long ok = updates.stream().filter(UpdateImport::succeeded).count();
    long delivered = updates.stream().filter(u -> u.status().isDelivered()).count();
    KbStatus status =
        ok == updates.size()
            ? KbStatus.DELIVERED
            : delivered == 0 ? KbStatus.FAILED : KbStatus.PARTIAL;
    return new KbImport(
        kb, status, r.searchComplete(), r.chosen(), r.candidates(), updates, r.warnings(), null);
  }

  /** One KB's resolution through the catalog breaker and retry (a retry repeats the whole KB). */
  private Resolution resolve(String kb) {
    ResilientCall call = ResilientCall.to(Resilience.CATALOG).reportingTo(this::retryNotice);
    return join(
        importer
            .resilience()
            .execute(
                call,
                () ->
                    CompletableFuture.supplyAsync(
                        () -> {
                          try {
                            return resolver.resolve(kb, criteria);
                          } catch (CatalogException e) {
                            throw new CatalogCallException(e);
                          }
                        },
                        importer.catalogIo())));
  }

  // ------------------------------------------------------------------ one update

  private UpdateImport importUpdate(String kb, UUID id, String catalogTitle) {
    String label = kb + ": " + id + " (" + catalogTitle + ")";
    Optional<UpdateSummary> present;
    try {
      present = callServer(api -> api.getUpdateById(latest(id)));
    } catch (RuntimeException e) {
      Classification c = classify(e);
      progress(label + ": could not ask the server whether it has it: " + c);
      return new UpdateImport(
          id,
          null,
          catalogTitle,
          kb,
          UpdateStatus.FAILED,
          null,
          null,
          null,
          new ImportFailure(ImportStage.CHECK, c.errorClass().name(), c.toString()));
    }
    if (present.isPresent()) {
      UpdateSummary s = present.get();
      progress(
          label
              + ": already on the server (revision "
              + s.id().revisionNumber()
              + "), not imported again");
      Verification v =
          new Verification(true, 1, "already on the server, revision " + s.id().revisionNumber());
      ApprovalResult a = approveIfAsked(kb, s);
      return new UpdateImport(
          id,
          s.id().revisionNumber(),
          titleOf(s, catalogTitle),
          kb,
          UpdateStatus.ALREADY_PRESENT,
          v,
          a,
          null,
          approvalFailure(a));
    }

    String change =
        "import update "
            + id
            + " ("
            + catalogTitle
            + ") for "
            + kb
            + " from the Microsoft Update Catalog";
    JournalEntry entry;
    try {
      entry =
          journal.recordIntent(
              new ChangeRequest(
                  request.runId(),
                  request.server(),
                  ChangeKind.IMPORT,
                  null,
                  null,
                  change,
                  "catalog import requested by " + request.requestedBy(),
                  CompletionPolicy.KEEP_CHANGE,
                  details(id, kb, catalogTitle)));
    } catch (RuntimeException e) {
      // Never change a server without a durable journal entry.
      return failed(
          kb,
          id,
          catalogTitle,
          null,
          ImportStage.IMPORT,
          "UNKNOWN",
          "could not journal: " + e.getMessage());
    }
    step("PENDING", entry.id() + ": " + change);

    try {
      callServer(
          api -> {
            api.catalogSiteGetMetadataAndImport(id, List.of());
            return null;
          });
    } catch (RuntimeException e) {
      Classification c = classify(e);
      Optional<Boolean> landed = probe(id);
      if (landed.isEmpty() || !landed.get()) {
        String note =
            landed.isEmpty()
                ? "NEEDS REVIEW: stopped at IMPORT ("
                    + c
                    + "); whether the server has the update could not be checked"
                : "stopped at IMPORT ("
                    + c
                    + "); the server does not have the update: nothing changed";
        close(entry, landed.isEmpty(), note);
        progress(label + ": import failed: " + c);
        return failed(
            kb,
            id,
            catalogTitle,
            entry.id(),
            ImportStage.IMPORT,
            c.errorClass().name(),
            c.toString());
      }
      // The answer was lost but the import landed: carry on as if it had answered.
      progress(label + ": the import call failed (" + c + ") but the server shows the update");
    }
    journal.markApplied(entry.id(), "the server accepted CatalogSiteGetMetadataAndImport");
    step("APPLIED", entry.id() + ": " + change);

    VerifiedUpdate verified = verify(id);
    if (verified.summary() == null) {
      String note =
          "NEEDS REVIEW: stopped at VERIFY: the server accepted the import but "
              + verified.verification().detail();
      close(entry, true, note);
      progress(label + ": " + verified.verification().detail());
      return new UpdateImport(
          id,
          null,
          catalogTitle,
          kb,
          UpdateStatus.FAILED,
          verified.verification(),
          null,
          entry.id(),
          new ImportFailure(
              ImportStage.VERIFY, ErrorClass.UNKNOWN.name(), verified.verification().detail()));
    }
    UpdateSummary s = verified.summary();
    progress(
        label
            + ": imported and verified (revision "
            + s.id().revisionNumber()
            + ", after "
            + verified.verification().lookups()
            + " lookup(s))");
    ApprovalResult a = approveIfAsked(kb, s);
    String note =
        "imported and verified (revision "
            + s.id().revisionNumber()
            + ")"
            + (a == null
                ? ""
                : a.approved()
                    ? "; approved for '" + a.targetGroup() + "' (entry " + a.journalEntry() + ")"
                    : "; NEEDS REVIEW: stopped at APPROVE: " + a.detail());
    close(entry, true, note);
    return new UpdateImport(
        id,
        s.id().revisionNumber(),
        titleOf(s, catalogTitle),
        kb,
        UpdateStatus.IMPORTED,
        verified.verification(),
        a,
        entry.id(),
        approvalFailure(a));
  }

  private record VerifiedUpdate(UpdateSummary summary, Verification verification) {}

  /** Looks the update up until the server shows it or the lookups are spent. */
  private VerifiedUpdate verify(UUID id) {
    int lookups = importer.verifyLookups();
    String last = "it does not show the update";
    for (int i = 1; i <= lookups; i++) {
      try {
        Optional<UpdateSummary> s = callServer(api -> api.getUpdateById(latest(id)));
        if (s.isPresent()) {
          return new VerifiedUpdate(
              s.get(),
              new Verification(
                  true, i, "the server shows revision " + s.get().id().revisionNumber()));
        }
        last = "it does not show the update";
      } catch (RuntimeException e) {
        last = "the lookup failed (" + classify(e) + ")";
      }
      if (i < lookups) {
        pause();
      }
    }
    return new VerifiedUpdate(
        null,
        new Verification(
            false,
            lookups,
            "after "
                + lookups
                + " lookup(s) "
                + importer.verifyInterval().toMillis()
                + " ms apart, "
                + last));
  }

  /** One unretried lookup: empty when the server could not be asked. */
  private Optional<Boolean> probe(UUID id) {
    try {
      return Optional.of(join(server.call(api -> api.getUpdateById(latest(id)))).isPresent());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  // ------------------------------------------------------------------ approval

  private ApprovalResult approveIfAsked(String kb, UpdateSummary s) {
    ImportApproval a = request.approval();
    if (a == null) {
      return null;
    }
    String change =
        "approve update "
            + s.id().updateId()
            + " revision "
            + s.id().revisionNumber()
            + " for "
            + describe(a);
    Map<String, String> details = details(s.id().updateId(), kb, s.title());
    details.put("revision", Integer.toString(s.id().revisionNumber()));
    details.put("targetGroup", a.targetGroup());
    details.put("targetGroupId", targetGroupId.toString());
    details.put("action", a.action().name());
    if (a.deadline() != null) {
      details.put("deadline", a.deadline().toString());
    }
    JournalEntry entry;
    try {
      entry =
          journal.recordIntent(
              new ChangeRequest(
                  request.runId(),
                  request.server(),
                  ChangeKind.APPROVAL,
                  null,
                  null,
                  change,
                  "catalog import requested by " + request.requestedBy(),
                  CompletionPolicy.KEEP_CHANGE,
                  details));
    } catch (RuntimeException e) {
      return approval(a, false, null, "could not journal the approval: " + e.getMessage());
    }
    step("PENDING", entry.id() + ": " + change);
    try {
      callServer(
          api -> {
            api.deployUpdate(
                s.id(), a.action(), targetGroupId, a.deadline(), importer.adminName(), true);
            return null;
          });
    } catch (RuntimeException e) {
      Classification c = classify(e);
      boolean refused = unwrap(e) instanceof WsusSoapFaultException;
      // A SOAP fault means the server ran the operation and refused it: nothing was recorded.
      close(
          entry,
          !refused,
          refused
              ? "the server refused the approval (" + c + "): nothing changed"
              : "NEEDS REVIEW: stopped at APPROVE ("
                  + c
                  + "); the approval may have been recorded");
      progress(kb + ": " + s.id().updateId() + ": approval failed: " + c);
      return approval(a, false, entry.id(), c.toString());
    }
    journal.markApplied(entry.id(), "the server recorded the approval");
    step("APPLIED", entry.id() + ": " + change);
    journal.markCompleted(entry.id(), "approval kept");
    step("COMPLETED", entry.id() + ": approval kept");
    progress(kb + ": " + s.id().updateId() + ": approved for " + describe(a));
    return approval(a, true, entry.id(), "approved");
  }

  private ApprovalResult approval(ImportApproval a, boolean ok, String entry, String detail) {
    return new ApprovalResult(
        a.targetGroup(), targetGroupId, a.action(), a.deadline(), ok, entry, detail);
  }

  private static ImportFailure approvalFailure(ApprovalResult a) {
    if (a == null || a.approved()) {
      return null;
    }
    return new ImportFailure(ImportStage.APPROVE, "APPROVAL", a.detail());
  }

  // ------------------------------------------------------------------ calls

  /** A server call with the shared retry configuration of {@code server:<name>}. */
  private <T> T callServer(WsusCall<T> call) {
    String name = Resilience.server(request.server());
    Resilience resilience = importer.resilience();
    Retry retry = Retry.of(name + "#import-" + request.runId(), boundedRetryConfig(name));
    retry
        .getEventPublisher()
        .onRetry(
            e ->
                retryNotice(
                    new RetryNotice(
                        name,
                        e.getNumberOfRetryAttempts(),
                        classify(e.getLastThrowable()),
                        e.getWaitInterval(),
                        false,
                        "")));
    return join(
        Retry.decorateCompletionStage(retry, importer.scheduler(), () -> server.call(call)).get());
  }

  /**
   * The shared retry configuration of {@code name}, with its maximum total time counted from this
   * call's first attempt (the shared interval function bounds only calls made through {@link
   * Resilience#execute}).
   */
  private RetryConfig boundedRetryConfig(String name) {
    Resilience resilience = importer.resilience();
    RetryConfig shared = resilience.retry(name).getRetryConfig();
    IntervalBiFunction<Object> base = shared.getIntervalBiFunction();
    Duration maxTotal = resilience.settings().retryMaxTotalTime();
    Instant started = importer.clock().instant();
    IntervalBiFunction<Object> bounded =
        (attempt, outcome) -> {
          Long delay = base.apply(attempt, outcome);
          if (delay == null || delay < 0) {
            return delay;
          }
          Duration total = Duration.between(started, importer.clock().instant()).plusMillis(delay);
          return total.compareTo(maxTotal) > 0 ? -1L : delay;
        };
    return RetryConfig.from(shared).intervalBiFunction(bounded).build();
  }

  private void pause() {
    try {
      importer
          .scheduler()
          .schedule(() -> null, importer.verifyInterval().toMillis(), TimeUnit.MILLISECONDS)
          .get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CompletionException(e);
    } catch (ExecutionException e) {
      throw new CompletionException(e.getCause());
    }
  }

  private static <T> T join(java.util.concurrent.CompletionStage<T> stage) {
    try {
      return stage.toCompletableFuture().join();
    } catch (CompletionException e) {
      Throwable cause = unwrap(e);
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw e;
    }
  }

  private static Throwable unwrap(Throwable t) {
    Throwable current = t;
    while ((current instanceof CompletionException || current instanceof ExecutionException)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }

  private Classification classify(Throwable t) {
    return importer.resilience().classifier().classify(unwrap(t));
  }

  private static String catalogMessage(Throwable e, Classification c) {
    Throwable t = unwrap(e);
    if (t instanceof io.github.resilience4j.circuitbreaker.CallNotPermittedException) {
      return "the catalog circuit breaker is open: not asking the catalog until it half-opens";
    }
    return c.toString();
  }

  // ------------------------------------------------------------------ journal and log

  /** Closes an entry: COMPLETED (change kept or state unknown) or UNDONE (nothing changed). */
  private void close(JournalEntry entry, boolean completed, String note) {
    if (completed) {
      journal.markCompleted(entry.id(), note);
      step("COMPLETED", entry.id() + ": " + note);
    } else {
      journal.markUndone(entry.id(), note);
      step("UNDONE", entry.id() + ": " + note);
    }
  }

  private void step(String step, String detail) {
    try {
      listener.onJournalStep(step, detail);
    } catch (RuntimeException e) {
      // a listener must not break the import
    }
  }

  private void progress(String line) {
    try {
      listener.onProgress(line);
    } catch (RuntimeException e) {
      // a listener must not break the import
    }
  }

  private void retryNotice(RetryNotice notice) {
    tell(l -> l.onRetry(notice));
  }

  private void tell(java.util.function.Consumer<ImportListener> call) {
    try {
      call.accept(listener);
    } catch (RuntimeException e) {
      // a listener must not break the import
    }
  }

  private RuntimeException endReason() {
    return ended.get();
  }

  // ------------------------------------------------------------------ results

  private ImportFailure notAttempted(ImportStage stage) {
    RuntimeException why = endReason();
    return new ImportFailure(
        stage,
        ErrorClass.CANCELED.name(),
        "not attempted: the run ended (" + (why == null ? "" : why.getMessage()) + ")");
  }

  private UpdateImport notAttempted(String kb, UUID id, String title) {
    return new UpdateImport(
        id,
        null,
        title,
        kb,
        UpdateStatus.NOT_ATTEMPTED,
        null,
        null,
        null,
        notAttempted(ImportStage.IMPORT));
  }

  private static UpdateImport failed(
      String kb,
      UUID id,
      String title,
      String entry,
      ImportStage stage,
      String errorClass,
      String message) {
    return new UpdateImport(
        id,
        null,
        title,
        kb,
        UpdateStatus.FAILED,
        null,
        null,
        entry,
        new ImportFailure(stage, errorClass, message));
  }

  private static KbImport failedKb(String kb, ImportFailure f) {
    return new KbImport(kb, KbStatus.FAILED, false, List.of(), List.of(), List.of(), List.of(), f);
  }

  private static ImportStatus overall(List<KbImport> kbs) {
    if (kbs.stream().allMatch(k -> k.status() == KbStatus.DELIVERED)) {
      return ImportStatus.SUCCEEDED;
    }
    boolean any =
        kbs.stream().flatMap(k -> k.updates().stream()).anyMatch(u -> u.status().isDelivered());
    return any ? ImportStatus.PARTIAL : ImportStatus.FAILED;
  }

  private static String summarize(CatalogImportResult r) {
    Map<UpdateStatus, Long> byStatus = new TreeMap<>();
    r.updates().stream().distinct().forEach(u -> byStatus.merge(u.status(), 1L, Long::sum));
    long delivered = r.kbs().stream().filter(k -> k.status() == KbStatus.DELIVERED).count();
    String kbs =
        r.kbs().stream()
            .map(k -> k.kb() + " " + k.status().name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(", "));
    return "catalog import "
        + r.status()
        + ": "
        + delivered
        + " of "
        + r.kbs().size()
        + " KB(s) delivered ("
        + kbs
        + "); updates: "
        + (byStatus.isEmpty()
            ? "none"
            : byStatus.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", ")));
  }

  private static UpdateRevisionId latest(UUID id) {
    return new UpdateRevisionId(id, LATEST_REVISION);
  }

  private static String titleOf(UpdateSummary s, String fallback) {
    return s.title() == null || s.title().isBlank() ? fallback : s.title();
  }

  private static Map<String, String> details(UUID id, String kb, String title) {
    Map<String, String> d = new TreeMap<>();
    d.put("updateId", id.toString());
    d.put("kb", kb);
    if (title != null && !title.isBlank()) {
      d.put("title", title);
    }
    return d;
  }

  private static String describe(ImportApproval a) {
    return a.action().wsusName()
        + " in target group '"
        + a.targetGroup()
        + "'"
        + (a.deadline() == null ? " (no deadline)" : " (deadline " + a.deadline() + ")");
  }
}
