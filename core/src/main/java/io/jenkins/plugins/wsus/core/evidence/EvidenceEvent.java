package io.jenkins.plugins.wsus.core.evidence;

import io.jenkins.plugins.wsus.core.journal.JournalEntry;
import io.jenkins.plugins.wsus.core.journal.JournalStep;
import io.jenkins.plugins.wsus.core.resilience.BreakerTransition;
import io.jenkins.plugins.wsus.core.resilience.Classification;
import io.jenkins.plugins.wsus.core.resilience.RetryNotice;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One fact in a run's evidence: when, what kind, a sentence, and structured fields.
 *
 * @param at when it happened
 * @param type what kind of fact
 * @param message the fact in words
 * @param fields structured details (sorted), e.g. errorClass, delayMillis, breaker, step
 */
public record EvidenceEvent(
    Instant at, EventType type, String message, Map<String, String> fields) {
  /** Value of {@code result} on ATTEMPT/OUTCOME events that mark a success (ends an outage). */
  public static final String SUCCEEDED = "SUCCEEDED";

  public EvidenceEvent {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(type, "type");
    message = message == null ? "" : message;
    fields =
        fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(fields));
  }

  /** An event of any type. */
  public static EvidenceEvent of(
      Instant at, EventType type, String message, Map<String, String> fields) {
    return new EvidenceEvent(at, type, message, fields);
  }

  /** An attempt that succeeded: ends the outage window. */
  public static EvidenceEvent attemptSucceeded(Instant at, String message) {
    return new EvidenceEvent(at, EventType.ATTEMPT, message, Map.of("result", SUCCEEDED));
  }

  /** An attempt started. */
  public static EvidenceEvent attemptStarted(Instant at, String message) {
    return new EvidenceEvent(at, EventType.ATTEMPT, message, Map.of("result", "STARTED"));
  }

  /** A classified failure: starts the outage window if it is the first. */
  public static EvidenceEvent error(Instant at, Classification classification, String message) {
    return new EvidenceEvent(
        at,
        EventType.ERROR,
        message,
        Map.of(
            "errorClass", classification.errorClass().name(), "reason", classification.reason()));
  }

  /** A retry decision. */
  public static EvidenceEvent retry(Instant at, RetryNotice notice) {
    Map<String, String> fields = new TreeMap<>();
    fields.put("call", notice.callName());
    fields.put("attempt", Integer.toString(notice.failedAttempt()));
    fields.put("errorClass", notice.classification().errorClass().name());
    fields.put("reason", notice.classification().reason());
    fields.put("delayMillis", Long.toString(notice.delay().toMillis()));
    fields.put("givingUp", Boolean.toString(notice.givingUp()));
    if (!notice.detail().isEmpty()) {
      fields.put("detail", notice.detail());
    }
    return new EvidenceEvent(at, EventType.RETRY, notice.describe(), fields);
  }

  /** A breaker transition. */
  public static EvidenceEvent breakerTransition(BreakerTransition t) {
    return new EvidenceEvent(
        t.at(),
        EventType.BREAKER_TRANSITION,
        "circuit breaker " + t.name() + ": " + t.from() + " -> " + t.to(),
        Map.of(
            "breaker", t.name(),
            "from", t.from().name(),
            "to", t.to().name(),
            "reason", t.reason()));
  }

  /** The latest step of a journal entry. */
  public static EvidenceEvent journal(JournalEntry entry) {
    JournalStep step = entry.steps().get(entry.steps().size() - 1);
    Map<String, String> fields = new TreeMap<>(entry.describe());
    fields.put("step", step.state().name());
    return new EvidenceEvent(
        step.at(),
        EventType.JOURNAL,
        "journal " + entry.id() + ": " + step.state() + " - " + step.note(),
        fields);
  }

  /** A decision with its reason (fallback, quarantine, gate...). */
  public static EvidenceEvent decision(Instant at, EventType type, String decision, String reason) {
    return new EvidenceEvent(at, type, decision, Map.of("decision", decision, "reason", reason));
  }

  /** The run's outcome. */
  public static EvidenceEvent outcome(Instant at, String outcome, boolean succeeded) {
    return new EvidenceEvent(
        at,
        EventType.OUTCOME,
        outcome,
        Map.of("result", succeeded ? SUCCEEDED : "FAILED", "outcome", outcome));
  }

  /** Whether this event marks a success. */
  public boolean isSuccess() {
    return (type == EventType.ATTEMPT || type == EventType.OUTCOME)
        && SUCCEEDED.equals(fields.get("result"));
  }
}
