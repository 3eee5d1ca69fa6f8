package io.jenkins.plugins.wsus.core.engine;

import io.jenkins.plugins.wsus.core.evidence.SyncPath;
import io.jenkins.plugins.wsus.core.resilience.ErrorClass;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one sync request came to. Every caller attached to the same flight receives an equal outcome
 * (a caller that aborts alone receives {@link SyncResult#CANCELED}). Jackson-serializable.
 *
 * @param server the server
 * @param runId the run id of the request that started the flight
 * @param result how it ended
 * @param path which way updates came in
 * @param start when the engine took the request
 * @param end when it ended
 * @param attempts syncs the engine started or attached to (retries and degraded tests included)
 * @param errorClass the error class of the failure that decided the outcome, null on a plain
 *     success
 * @param errorText the server's or client's error text, null when none
 * @param quarantined classifications (and products) excluded by a degraded sync
 * @param importedUpdates update ids imported from the catalog (empty until the catalog fallback)
 * @param evidence where the run's evidence (JSON) was written, null when not written
 */
public record SyncOutcome(
    String server,
    String runId,
    SyncResult result,
    SyncPath path,
    Instant start,
    Instant end,
    int attempts,
    ErrorClass errorClass,
    String errorText,
    List<QuarantinedCategory> quarantined,
    List<String> importedUpdates,
    String evidence) {

  public SyncOutcome {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(path, "path");
    quarantined = List.copyOf(quarantined == null ? List.of() : quarantined);
    importedUpdates = List.copyOf(importedUpdates == null ? List.of() : importedUpdates);
  }

  /** Whether updates came in (upstream, degraded or catalog). */
  public boolean succeeded() {
    return result == SyncResult.SUCCEEDED;
  }

  /** This outcome with the evidence reference set. */
  public SyncOutcome withEvidence(String ref) {
    return new SyncOutcome(
        server,
        runId,
        result,
        path,
        start,
        end,
        attempts,
        errorClass,
        errorText,
        quarantined,
        importedUpdates,
        ref);
  }

  /** This outcome as seen by a caller who aborted alone. */
  SyncOutcome canceledFor(String reason, Instant at) {
    return new SyncOutcome(
        server,
        runId,
        SyncResult.CANCELED,
        SyncPath.NONE,
        start,
        at,
        attempts,
        null,
        reason,
        List.of(),
        List.of(),
        evidence);
  }
}
