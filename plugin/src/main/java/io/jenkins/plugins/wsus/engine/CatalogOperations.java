package io.jenkins.plugins.wsus.engine;

import io.jenkins.plugins.wsus.core.catalog.CandidateDecision;
import io.jenkins.plugins.wsus.core.catalog.imports.CatalogImportResult;
import io.jenkins.plugins.wsus.core.catalog.imports.ImportListener;
import io.jenkins.plugins.wsus.core.catalog.imports.ImportStatus;
import io.jenkins.plugins.wsus.core.catalog.imports.KbImport;
import io.jenkins.plugins.wsus.core.catalog.imports.UpdateImport;
import io.jenkins.plugins.wsus.core.model.ApprovalAction;
import io.jenkins.plugins.wsus.core.orchestrator.ApprovalRequest;
import io.jenkins.plugins.wsus.core.orchestrator.Orchestrator;
import io.jenkins.plugins.wsus.core.resilience.RetryNotice;
import io.jenkins.plugins.wsus.ops.ApprovalKind;
import io.jenkins.plugins.wsus.ops.ApproveRequest;
import io.jenkins.plugins.wsus.ops.CatalogImportRequest;
import io.jenkins.plugins.wsus.ops.OperationContext;
import io.jenkins.plugins.wsus.ops.ResultKeys;
import io.jenkins.plugins.wsus.ops.ResultMaps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** {@code wsusCatalogImport} and {@code wsusApprove} on the orchestrator. */
final class CatalogOperations {
  private CatalogOperations() {}

  static CompletableFuture<Map<String, Object>> importUpdates(
      String id,
      CatalogImportRequest step,
      OperationContext context,
      Orchestrator orchestrator,
      Map<String, Runnable> cancellers) {
    io.jenkins.plugins.wsus.core.catalog.imports.CatalogImportRequest request =
        io.jenkins.plugins.wsus.core.catalog.imports.CatalogImportRequest.builder(
                step.server(), step.kbs())
            .runId(id)
            .requestedBy(context.runId())
            .build();
    CompletableFuture<CatalogImportResult> pending =
        orchestrator.catalogImport(request, toLog(context));
    // Aborting stops waiting; an import already sent to WSUS completes there and is journaled.
    cancellers.put(id, () -> pending.cancel(false));
    return pending.thenApply(
        r ->
            finish(r, null, "WSUS catalog import", EvidenceCopies.copy(orchestrator, id, context)));
  }

  static CompletableFuture<Map<String, Object>> approve(
      String id,
      ApproveRequest step,
      OperationContext context,
      Orchestrator orchestrator,
      Map<String, Runnable> cancellers) {
    Instant deadline =
        step.deadlineAt() != null
            ? step.deadlineAt()
            : step.deadlineAfter() == null ? null : Instant.now().plus(step.deadlineAfter());
    ApprovalRequest request =
        new ApprovalRequest(
            step.server(),
            step.group(),
            step.kbs(),
            step.fromGroup(),
            step.action() == ApprovalKind.UNINSTALL
                ? ApprovalAction.UNINSTALL
                : ApprovalAction.INSTALL,
            deadline,
            id,
            context.runId());
    CompletableFuture<CatalogImportResult> pending = orchestrator.approve(request, toLog(context));
    cancellers.put(id, () -> pending.cancel(false));
    return pending.thenApply(
        r -> {
          Map<String, Object> extra = new LinkedHashMap<>();
          extra.put(ResultKeys.GROUP, step.group());
          extra.put(ResultKeys.DEADLINE, deadline);
          extra.put(
              ResultKeys.APPROVED,
              r.updates().stream()
                  .filter(u -> u.approval() != null && u.approval().approved())
                  .map(CatalogOperations::update)
                  .toList());
          return finish(r, extra, "WSUS approval", EvidenceCopies.copy(orchestrator, id, context));
        });
  }

  private static Map<String, Object> finish(
      CatalogImportResult r, Map<String, Object> extra, String what, String evidence) {
    if (r.status() == ImportStatus.FAILED) {
      throw new CatalogOperationFailedException(
          what
              + " on '"
              + r.server()
              + "' failed: "
              + r.summary()
              + (evidence == null ? "" : "; evidence: " + evidence));
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("status", r.status().name());
    m.put("summary", r.summary());
    m.put(ResultKeys.IMPORTED, r.delivered().stream().map(CatalogOperations::update).toList());
    m.put(ResultKeys.SKIPPED, skipped(r));
    if (extra != null) {
      m.putAll(extra);
    }
    m.put(ResultKeys.EVIDENCE, evidence);
    return ResultMaps.plain(m);
  }

  private static Map<String, Object> update(UpdateImport u) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kb", u.kb());
    m.put("updateId", u.updateId().toString());
    m.put("title", u.title());
    m.put("status", u.status().name());
    return m;
  }

  /** Every candidate not chosen, and every KB that delivered nothing, with the reason. */
  private static List<Map<String, Object>> skipped(CatalogImportResult r) {
    List<Map<String, Object>> skipped = new ArrayList<>();
    for (KbImport kb : r.kbs()) {
      for (CandidateDecision d : kb.skipped()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kb", kb.kb());
        m.put("updateId", d.updateId() == null ? null : d.updateId().toString());
        m.put("title", d.title());
        m.put("reason", d.reason().name());
        m.put("why", d.explanation());
        skipped.add(m);
      }
      if (kb.failure() != null) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kb", kb.kb());
        m.put("reason", kb.status().name());
        m.put("why", kb.failure().message());
        skipped.add(m);
      }
    }
    return skipped;
  }

  private static ImportListener toLog(OperationContext context) {
    return new ImportListener() {
      @Override
      public void onProgress(String line) {
        context.log().println("[WSUS] " + line);
      }

      @Override
      public void onJournalStep(String step, String detail) {
        context.log().println("[WSUS] journal " + step + (detail == null ? "" : ": " + detail));
      }

      @Override
      public void onRetry(RetryNotice notice) {
        context.log().println("[WSUS] " + notice.describe());
      }
    };
  }
}
