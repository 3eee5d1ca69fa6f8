package io.jenkins.plugins.wsus.core.orchestrator;

import io.jenkins.plugins.wsus.core.client.WsusApi;
import io.jenkins.plugins.wsus.core.client.WsusException;
import io.jenkins.plugins.wsus.core.health.HealthInputs;
import io.jenkins.plugins.wsus.core.health.ServerHealth;
import io.jenkins.plugins.wsus.core.journal.JournalEntry;
import io.jenkins.plugins.wsus.core.model.SyncEvent;
import io.jenkins.plugins.wsus.core.model.SyncEventKind;
import io.jenkins.plugins.wsus.core.model.SynchronizationResult;
import io.jenkins.plugins.wsus.core.resilience.BreakerState;
import io.jenkins.plugins.wsus.core.resilience.Classification;
import io.jenkins.plugins.wsus.core.resilience.ErrorClass;
import io.jenkins.plugins.wsus.core.resilience.ErrorClassifier;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a server's own synchronization history (ExecuteSPSearchEventHistory) into health inputs.
 * Health must reflect syncs WSUS ran on its own schedule too, not only the ones this product
 * started, or a gate would wait for a sync that already happened.
 */
final class HealthProbe {
  /** How far back the history is read: longer than a Patch Tuesday cycle. */
  static final Duration HISTORY = Duration.ofDays(35);

  private final ErrorClassifier classifier;

  HealthProbe(ErrorClassifier classifier) {
    this.classifier = classifier;
  }

  /** One blocking read of the server's history; run it through the engine's guarded call. */
  HealthInputs read(
      WsusApi api,
      String server,
      Instant now,
      Map<String, BreakerState> breakers,
      List<JournalEntry> quarantines)
      throws WsusException {
    List<SyncEvent> results =
        api.searchSyncEvents(now.minus(HISTORY), now).stream()
            .filter(e -> isResult(e.kind()))
            .sorted(Comparator.comparing(SyncEvent::timeAtServer))
            .toList();
    Instant lastSuccess = null;
    int failuresSinceSuccess = 0;
    for (SyncEvent e : results) {
      if (e.kind() == SyncEventKind.SUCCEEDED) {
        lastSuccess = e.timeAtServer();
        failuresSinceSuccess = 0;
      } else if (e.kind() == SyncEventKind.FAILED) {
        failuresSinceSuccess++;
      }
    }
    SyncEvent last = results.isEmpty() ? null : results.get(results.size() - 1);
    SynchronizationResult lastResult =
        last == null ? SynchronizationResult.NEVER_RUN : last.result();
    ErrorClass lastClass = null;
    String lastReason = null;
    if (last != null && last.kind() == SyncEventKind.FAILED) {
      Classification c = classifier.classify(last);
      lastClass = c.errorClass();
      lastReason = c.reason();
    }
    return new HealthInputs(
        server,
        lastSuccess,
        lastResult,
        lastClass,
        lastReason,
        failuresSinceSuccess,
        breakers,
        describe(quarantines));
  }

  /**
   * The server's history cannot tell a degraded sync's success from a full one. So the note the
   * engine saved after a degraded sync stays until the history shows a success newer than it.
   */
  static HealthInputs carryDegradedNote(HealthInputs now, Optional<ServerHealth> before) {
    if (now.quarantine() != null
        || before.isEmpty()
        || before.get().quarantine() == null
        || before.get().lastSuccessAt() == null
        || (now.lastSuccessAt() != null
            && now.lastSuccessAt().isAfter(before.get().lastSuccessAt()))) {
      return now;
    }
    return new HealthInputs(
        now.server(),
        now.lastSuccessAt(),
        now.lastResult(),
        now.lastErrorClass(),
        now.lastErrorReason(),
        now.consecutiveFailures(),
        now.breakerStates(),
        before.get().quarantine());
  }

  private static boolean isResult(SyncEventKind kind) {
    return kind == SyncEventKind.SUCCEEDED
        || kind == SyncEventKind.FAILED
        || kind == SyncEventKind.CANCELED;
  }

  /** "Updates excluded since ... (run ...)" or null when no quarantine is in effect. */
  static String describe(List<JournalEntry> quarantines) {
    if (quarantines.isEmpty()) {
      return null;
    }
    JournalEntry first = quarantines.get(0);
    return first.request().change()
        + " since "
        + first.createdAt()
        + " (run "
        + first.request().runId()
        + (quarantines.size() > 1 ? ", and " + (quarantines.size() - 1) + " more" : "")
        + ")";
  }
}
