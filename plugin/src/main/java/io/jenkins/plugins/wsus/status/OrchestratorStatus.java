package io.jenkins.plugins.wsus.status;

import hudson.ExtensionPoint;
import java.util.List;

/**
 * SECOND SEAM TO THE ENGINE: what the management page shows and changes. The page uses the first
 * {@code @Extension} implementing this (see {@link OrchestratorStatuses#current()}); until the
 * engine is wired it shows nothing and refuses changes. Implementations journal every change before
 * making it and never block for long (they read core's state files).
 */
public interface OrchestratorStatus extends ExtensionPoint {
  /** Whether an engine is behind this status (false: the page says the engine is not wired). */
  boolean available();

  /** Each configured server's verdict and reasons. */
  List<ServerHealth> servers();

  /** Every circuit breaker (one per upstream label) and its state. */
  List<BreakerState> breakers();

  /** The quarantines in effect. */
  List<Quarantine> quarantines();

  /** The outage journal, newest first, at most {@code limit} entries. */
  List<JournalEntry> journal(int limit);

  /** Closes the breaker of {@code label}; journaled. */
  void resetBreaker(String label);

  /** Lifts the quarantine of {@code classification} on {@code server}; journaled. */
  void restoreQuarantine(String server, String classification);

  /** A server's health verdict. */
  record ServerHealth(String server, String verdict, List<String> reasons, String lastSuccess) {}

  /** A breaker: closed, open or half-open, and since when. */
  record BreakerState(String label, String state, String since, List<String> servers) {}

  /** A classification quarantined on a server by a degraded sync. */
  record Quarantine(String server, String classification, String since, String reason) {}

  /** One line of the outage journal. */
  record JournalEntry(String at, String server, String event, String detail) {}
}
