package io.jenkins.plugins.wsus.core.evidence;

import io.jenkins.plugins.wsus.core.journal.JournalEntry;
import io.jenkins.plugins.wsus.core.resilience.BreakerTransition;
import io.jenkins.plugins.wsus.core.resilience.RetryNotice;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Collects one run's evidence while it happens (thread-safe: retries, breaker events and the engine
 * add from different threads), redacting every text and field as it arrives, then produces the
 * {@link RunRecord}.
 */
public final class RunRecorder {
  private final String runId;
  private final String server;
  private final Map<String, String> request;
  private final Clock clock;
  private final Redactor redactor;
  private final Instant startedAt;
  private final List<EvidenceEvent> events = new ArrayList<>();

  /**
   * @param runId the run
   * @param server the server
   * @param request the request summary; values of secret-looking keys never get stored
   * @param clock time source
   * @param redactor masks secrets (give it every password the request carries)
   */
  public RunRecorder(
      String runId, String server, Map<String, String> request, Clock clock, Redactor redactor) {
    this.runId = Objects.requireNonNull(runId, "runId");
    this.server = Objects.requireNonNull(server, "server");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.redactor = Objects.requireNonNull(redactor, "redactor");
    Map<String, String> clean = new TreeMap<>();
    if (request != null) {
      request.forEach((k, v) -> clean.put(k, redactor.field(k, v)));
    }
    this.request = clean;
    this.startedAt = clock.instant();
  }

  /** Sets a field of the request summary learned after the run started (redacted like the rest). */
  public synchronized void requestField(String key, String value) {
    request.put(key, redactor.field(key, value));
  }

  /** Adds an event (redacted). */
  public synchronized void add(EvidenceEvent event) {
    Map<String, String> fields = new TreeMap<>();
    event.fields().forEach((k, v) -> fields.put(k, redactor.field(k, v)));
    events.add(new EvidenceEvent(event.at(), event.type(), redactor.text(event.message()), fields));
  }

  /** Records a retry notice (use as the call's {@code RetryListener}). */
  public void onRetry(RetryNotice notice) {
    add(EvidenceEvent.retry(clock.instant(), notice));
  }

  /** Records a breaker transition (use as a transition listener for the run's duration). */
  public void onBreakerTransition(BreakerTransition transition) {
    add(EvidenceEvent.breakerTransition(transition));
  }

  /** Records a journal step. */
  public void onJournal(JournalEntry entry) {
    add(EvidenceEvent.journal(entry));
  }

  /** The events so far. */
  public synchronized List<EvidenceEvent> events() {
    return List.copyOf(events);
  }

  /** Ends the run: adds the OUTCOME event and derives the outage. */
  public synchronized RunRecord finish(String outcome, boolean succeeded, SyncPath path) {
    Instant end = clock.instant();
    add(EvidenceEvent.outcome(end, outcome, succeeded));
    List<EvidenceEvent> ordered = new ArrayList<>(events);
    ordered.sort(
        java.util.Comparator.comparing(EvidenceEvent::at)); // stable: equal times keep order
    return new RunRecord(
        runId,
        server,
        request,
        startedAt,
        end,
        ordered,
        redactor.text(outcome),
        succeeded,
        path,
        Outage.from(ordered, end));
  }
}
