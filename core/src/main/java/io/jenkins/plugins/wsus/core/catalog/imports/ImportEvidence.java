package io.jenkins.plugins.wsus.core.catalog.imports;

import io.jenkins.plugins.wsus.core.evidence.EventType;
import io.jenkins.plugins.wsus.core.evidence.EvidenceEvent;
import io.jenkins.plugins.wsus.core.evidence.Redactor;
import io.jenkins.plugins.wsus.core.evidence.RunRecord;
import io.jenkins.plugins.wsus.core.evidence.RunRecorder;
import io.jenkins.plugins.wsus.core.evidence.SyncPath;
import io.jenkins.plugins.wsus.core.resilience.RetryNotice;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The evidence of a standalone catalog import (the {@code wsusCatalogImport} step, {@code wsusctl
 * catalog import}): pass it as the import's listener (or from yours), then {@link #finish} the
 * result into a {@link RunRecord} for the {@link io.jenkins.plugins.wsus.core.evidence
 * .EvidenceStore}. Records one IMPORT event per KB and per update, one APPROVAL event per approval,
 * every journal step and retry; redacted as they arrive. Path: CATALOG.
 */
public final class ImportEvidence implements ImportListener {
  private final Clock clock;
  private final RunRecorder recorder;

  /** Recording into another run's record: that run already has the journal steps and retries. */
  private final boolean importsOnly;

  /**
   * @param request the import request (summarized into the record, never a secret)
   * @param clock time source
   * @param redactor masks secrets (give it the server's password)
   */
  public ImportEvidence(CatalogImportRequest request, Clock clock, Redactor redactor) {
    this.clock = Objects.requireNonNull(clock, "clock");
    Map<String, String> summary = new TreeMap<>();
    summary.put("operation", "catalog import");
    summary.put("kbs", String.join(", ", request.kbs()));
    summary.put("requestedBy", request.requestedBy());
    summary.put("filters", request.filters().toString());
    if (request.approval() != null) {
      summary.put("approval", request.approval().toString());
    }
    this.recorder = new RunRecorder(request.runId(), request.server(), summary, clock, redactor);
    this.importsOnly = false;
  }

  private ImportEvidence(RunRecorder recorder, Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.recorder = Objects.requireNonNull(recorder, "recorder");
    this.importsOnly = true;
  }

  /**
   * Records the imports and approvals into {@code recorder}, another run's record (a sync whose
   * catalog fallback imports); {@link #finish} is then that run's business.
   */
  public static ImportEvidence into(RunRecorder recorder, Clock clock) {
    return new ImportEvidence(recorder, clock);
  }

  @Override
  public void onJournalStep(String step, String detail) {
    if (importsOnly) {
      return;
    }
    recorder.add(
        EvidenceEvent.of(
            clock.instant(),
            EventType.JOURNAL,
            "journal " + step + ": " + detail,
            Map.of("step", step)));
  }

  @Override
  public void onRetry(RetryNotice notice) {
    if (importsOnly) {
      return;
    }
    recorder.onRetry(notice);
  }

  @Override
  public void onUpdate(UpdateImport u) {
    Map<String, String> f = new TreeMap<>();
    f.put("updateId", u.updateId().toString());
    f.put("kb", u.kb());
    f.put("status", u.status().name());
    put(f, "revision", u.revision());
    put(f, "journalEntry", u.journalEntry());
    if (u.verification() != null) {
      f.put("verified", Boolean.toString(u.verification().verified()));
    }
    if (u.failure() != null) {
      f.put("stage", u.failure().stage().name());
      f.put("errorClass", u.failure().errorClass());
      f.put("reason", u.failure().message());
    }
    recorder.add(
        EvidenceEvent.of(
            clock.instant(),
            EventType.IMPORT,
            u.kb() + ": update " + u.updateId() + " (" + u.title() + ") " + u.status(),
            f));
    ApprovalResult a = u.approval();
    if (a != null) {
      Map<String, String> af = new TreeMap<>();
      af.put("updateId", u.updateId().toString());
      af.put("targetGroup", a.targetGroup());
      af.put("action", a.action().name());
      af.put("approved", Boolean.toString(a.approved()));
      put(af, "deadline", a.deadline());
      put(af, "journalEntry", a.journalEntry());
      recorder.add(
          EvidenceEvent.of(
              clock.instant(),
              EventType.APPROVAL,
              "update "
                  + u.updateId()
                  + (a.approved() ? " approved" : " not approved")
                  + " for '"
                  + a.targetGroup()
                  + "': "
                  + a.detail(),
              af));
    }
  }

  @Override
  public void onKb(KbImport kb) {
    Map<String, String> f = new TreeMap<>();
    f.put("kb", kb.kb());
    f.put("status", kb.status().name());
    f.put("chosen", kb.chosen().toString());
    f.put("skipped", Integer.toString(kb.skipped().size()));
    if (kb.failure() != null) {
      f.put("stage", kb.failure().stage().name());
      f.put("errorClass", kb.failure().errorClass());
      f.put("reason", kb.failure().message());
    }
    StringBuilder why = new StringBuilder();
    kb.skipped()
        .forEach(
            d ->
                why.append("; skipped ")
                    .append(d.updateId())
                    .append(": ")
                    .append(d.reason())
                    .append(" - ")
                    .append(d.explanation()));
    recorder.add(
        EvidenceEvent.of(clock.instant(), EventType.IMPORT, kb.kb() + ": " + kb.status() + why, f));
  }

  /** Ends the record with the import's outcome (path CATALOG). */
  public RunRecord finish(CatalogImportResult result) {
    if (importsOnly) {
      throw new IllegalStateException("the run this records into finishes its own record");
    }
    return recorder.finish(result.summary(), result.succeeded(), SyncPath.CATALOG);
  }

  private static void put(Map<String, String> f, String key, Object value) {
    if (value != null) {
      f.put(key, value.toString());
    }
  }
}
