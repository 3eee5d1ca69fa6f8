package io.jenkins.plugins.wsus.core.engine;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One request to synchronize one server. Front ends build it and do nothing else.
 *
 * @param server the server's configured name (the engine's API factory knows how to reach it)
 * @param upstreamLabel names the upstream the server syncs from (e.g. {@code microsoft-update}, or
 *     {@link #AUTO_UPSTREAM} to read it from the server); the circuit breaker {@code
 *     upstream:<label>} is shared by every server with the same label
 * @param policy how to follow the sync and what to do when it fails
 * @param runId identifies this run in the evidence and the journal
 * @param requestedBy who asked (user or job), recorded in the evidence and the journal
 * @param resumedSince for a request resumed after its host restarted: when it was first made (a
 *     sync that finished on the server since then is adopted, not run again); null otherwise
 */
public record SyncRequest(
    String server,
    String upstreamLabel,
    SyncPolicy policy,
    String runId,
    String requestedBy,
    Instant resumedSince) {

  /** The upstream label when none is given: servers that sync from Microsoft Update. */
  public static final String DEFAULT_UPSTREAM = "microsoft-update";

  /**
   * The label that asks the engine to read the upstream from the server's configuration before the
   * sync (see {@link UpstreamLabels}).
   */
  public static final String AUTO_UPSTREAM = "auto";

  public SyncRequest {
    if (server == null || server.isBlank()) {
      throw new IllegalArgumentException("server must be named");
    }
    upstreamLabel =
        upstreamLabel == null || upstreamLabel.isBlank() ? DEFAULT_UPSTREAM : upstreamLabel;
    Objects.requireNonNull(policy, "policy");
    runId = runId == null || runId.isBlank() ? UUID.randomUUID().toString() : runId;
    requestedBy = requestedBy == null || requestedBy.isBlank() ? "unknown" : requestedBy;
  }

  /** A new request (not resumed). */
  public SyncRequest(
      String server, String upstreamLabel, SyncPolicy policy, String runId, String requestedBy) {
    this(server, upstreamLabel, policy, runId, requestedBy, null);
  }

  /** A request with a fresh run id and the default upstream label. */
  public static SyncRequest of(String server, SyncPolicy policy, String requestedBy) {
    return new SyncRequest(server, null, policy, null, requestedBy);
  }

  /** This request for another upstream label. */
  public SyncRequest withUpstream(String label) {
    return new SyncRequest(server, label, policy, runId, requestedBy, resumedSince);
  }

  /**
   * This request, resumed after its host restarted: if the server is idle and a sync finished on it
   * since {@code firstMadeAt}, the first attempt adopts that sync's result instead of starting
   * another.
   */
  public SyncRequest resumedSince(Instant firstMadeAt) {
    return new SyncRequest(server, upstreamLabel, policy, runId, requestedBy, firstMadeAt);
  }
}
