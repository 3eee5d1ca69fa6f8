package io.jenkins.plugins.wsus.core.evidence;

/** What an evidence event records. */
public enum EventType {
  /** A call or sync attempt started or ended (field {@code result}). */
  ATTEMPT,
  /** A failure, with its error class (field {@code errorClass}). */
  ERROR,
  /** A retry was scheduled (field {@code delayMillis}) or given up. */
  RETRY,
  /** A circuit breaker changed state. */
  BREAKER_TRANSITION,
  /** A journal step (field {@code step}). */
  JOURNAL,
  /** The engine chose a path (upstream, degraded, catalog) and why. */
  FALLBACK_DECISION,
  /** A classification or product was quarantined or released. */
  QUARANTINE,
  /** An update was imported from the catalog. */
  IMPORT,
  /** An update was approved or declined. */
  APPROVAL,
  /** A gate was evaluated. */
  GATE,
  /** The run's outcome. */
  OUTCOME
}
