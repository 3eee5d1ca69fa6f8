package io.jenkins.plugins.wsus.core.engine;

import io.jenkins.plugins.wsus.core.evidence.EventType;
import io.jenkins.plugins.wsus.core.evidence.EvidenceEvent;
import io.jenkins.plugins.wsus.core.evidence.RunRecorder;
import io.jenkins.plugins.wsus.core.model.SyncEvent;
import io.jenkins.plugins.wsus.core.model.SyncProgress;
import io.jenkins.plugins.wsus.core.resilience.BreakerTransition;
import io.jenkins.plugins.wsus.core.resilience.RetryNotice;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything that happens in one flight: fanned out to every attached caller's listener and kept
 * for the run's evidence. Thread-safe.
 */
final class FlightLog {
  private static final Logger LOG = LoggerFactory.getLogger(FlightLog.class);

  private final String server;
  private final Clock clock;
  private final RunRecorder evidence;
  private final List<SyncListener> listeners = new CopyOnWriteArrayList<>();
  private final List<RunStep> entries = new ArrayList<>();

  FlightLog(String server, Clock clock, RunRecorder evidence) {
    this.server = server;
    this.clock = clock;
    this.evidence = evidence;
  }

  /** The run's evidence recorder (finished by the engine). */
  RunRecorder evidence() {
    return evidence;
  }

  void add(SyncListener listener) {
    listeners.add(listener);
  }

  void remove(SyncListener listener) {
    listeners.remove(listener);
  }

  synchronized List<RunStep> entries() {
    return List.copyOf(entries);
  }

  void note(String message) {
    record("NOTE", message, Map.of(), null);
  }

  /** A note that auditors need too (e.g. "no fallback configured"). */
  void decision(String message) {
    record("NOTE", message, Map.of(), EventType.FALLBACK_DECISION);
  }

  void attemptStarted(int attempt, boolean attached) {
    record(
        "ATTEMPT",
        "attempt "
            + attempt
            + ": "
            + (attached ? "attached to the sync already running" : "started a sync")
            + " on "
            + server,
        Map.of(
            "attempt",
            Integer.toString(attempt),
            "attached",
            Boolean.toString(attached),
            "result",
            "STARTED"),
        EventType.ATTEMPT);
    each(l -> l.onAttemptStarted(attempt, attached));
  }

  /** Resumed after a restart: the attempt follows a sync that finished while the host was down. */
  void attemptAdopted(int attempt, SyncEvent finished) {
    record(
        "ATTEMPT",
        "attempt "
            + attempt
            + ": resumed after a restart; adopted the sync that finished on "
            + server
            + " while the host was down ("
            + finished.kind()
            + " at "
            + finished.timeAtServer()
            + ") instead of starting another",
        Map.of(
            "attempt",
            Integer.toString(attempt),
            "attached",
            "true",
            "adopted",
            "true",
            "result",
            "STARTED"),
        EventType.ATTEMPT);
    each(l -> l.onAttemptStarted(attempt, true));
  }

  void attemptSucceeded(int attempt) {
    record(
        "ATTEMPT",
        "attempt " + attempt + ": the sync succeeded (event 384)",
        Map.of("attempt", Integer.toString(attempt), "result", EvidenceEvent.SUCCEEDED),
        EventType.ATTEMPT);
  }

  void progress(SyncProgress p) {
    record(
        "PROGRESS",
        "progress: " + p.phase().wsusName() + " " + p.processed() + "/" + p.total(),
        Map.of(
            "phase",
            p.phase().wsusName(),
            "processed",
            Long.toString(p.processed()),
            "total",
            Long.toString(p.total())),
        null);
    each(l -> l.onProgress(p));
  }

  void error(String message, String errorClass) {
    record("ERROR", message, Map.of("errorClass", errorClass), EventType.ERROR);
  }

  void retry(RetryNotice notice) {
    record(
        "RETRY",
        notice.describe(),
        Map.of(
            "errorClass",
            notice.classification().errorClass().name(),
            "delayMillis",
            Long.toString(notice.delay().toMillis()),
            "givingUp",
            Boolean.toString(notice.givingUp())),
        null);
    evidence.onRetry(notice);
    each(l -> l.onRetry(notice));
  }

  void breaker(BreakerTransition t) {
    record(
        "BREAKER",
        "circuit breaker " + t.name() + ": " + t.from() + " -> " + t.to() + " (" + t.reason() + ")",
        Map.of("breaker", t.name(), "from", t.from().name(), "to", t.to().name()),
        null);
    evidence.onBreakerTransition(t);
    each(l -> l.onBreakerTransition(t));
  }

  void fallback(FallbackKind kind, boolean taken, String why) {
    record(
        "FALLBACK_DECISION",
        "fallback " + kind + (taken ? " taken: " : " not taken: ") + why,
        Map.of("strategy", kind.name(), "taken", Boolean.toString(taken)),
        EventType.FALLBACK_DECISION);
    each(l -> l.onFallbackDecision(kind, taken, why));
  }

  void quarantine(List<QuarantinedCategory> q, String why) {
    record(
        "QUARANTINE",
        "quarantined " + q.stream().map(c -> c.title() + " (" + c.id() + ")").toList() + ": " + why,
        Map.of("count", Integer.toString(q.size())),
        EventType.QUARANTINE);
    each(l -> l.onQuarantine(q));
  }

  void journal(String step, String detail) {
    record("JOURNAL", "journal " + step + ": " + detail, Map.of("step", step), EventType.JOURNAL);
    each(l -> l.onJournalStep(step, detail));
  }

  void outcome(SyncOutcome o) {
    record(
        "OUTCOME",
        "outcome "
            + o.result()
            + " via "
            + o.path()
            + " after "
            + o.attempts()
            + " attempt(s)"
            + (o.errorClass() == null ? "" : " [" + o.errorClass() + ": " + o.errorText() + "]"),
        Map.of("result", o.result().name(), "path", o.path().name()),
        null); // the recorder adds the OUTCOME event when the engine finishes it
  }

  private void record(
      String type, String message, Map<String, String> data, EventType evidenceType) {
    Instant at = clock.instant();
    synchronized (this) {
      entries.add(new RunStep(at, type, message, data));
    }
    if (evidenceType != null) {
      evidence.add(EvidenceEvent.of(at, evidenceType, message, data));
    }
    LOG.debug("[{}] {} {}", server, type, message);
    each(l -> l.onMessage(message));
  }

  private void each(Consumer<SyncListener> call) {
    for (SyncListener l : listeners) {
      try {
        call.accept(l);
      } catch (RuntimeException e) {
        LOG.warn("A sync listener failed on {}", server, e);
      }
    }
  }
}
