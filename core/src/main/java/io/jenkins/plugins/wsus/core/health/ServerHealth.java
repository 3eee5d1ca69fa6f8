package io.jenkins.plugins.wsus.core.health;

import io.jenkins.plugins.wsus.core.model.SynchronizationResult;
import io.jenkins.plugins.wsus.core.resilience.BreakerState;
import io.jenkins.plugins.wsus.core.resilience.ErrorClass;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A server's health snapshot: the facts, the verdict and the reasons, as shown on the management
 * page and persisted by {@link HealthStore}.
 *
 * @param server the server
 * @param evaluatedAt when the verdict was made
 * @param lastSuccessAt last successful sync, null if never
 * @param lastSuccessAge how long ago that was at {@code evaluatedAt}, null if never
 * @param lastResult the last sync's result, null if unknown
 * @param lastErrorClass class of the last failure, null if none
 * @param lastErrorReason reason of the last failure, null if none
 * @param consecutiveFailures failed syncs since the last success
 * @param breakerStates breaker states by name
 * @param quarantine what is quarantined, null if nothing
 * @param latestReleaseAt the latest Patch Tuesday release at or before {@code evaluatedAt}, null
 *     when no calendar is wired
 * @param syncedSinceLatestRelease whether a successful sync happened after that release (true when
 *     no calendar is wired)
 * @param verdict the verdict
 * @param reasons why, in words, worst first
 */
public record ServerHealth(
    String server,
    Instant evaluatedAt,
    Instant lastSuccessAt,
    Duration lastSuccessAge,
    SynchronizationResult lastResult,
    ErrorClass lastErrorClass,
    String lastErrorReason,
    int consecutiveFailures,
    Map<String, BreakerState> breakerStates,
    String quarantine,
    Instant latestReleaseAt,
    boolean syncedSinceLatestRelease,
    Verdict verdict,
    List<String> reasons) {
  public ServerHealth {
    breakerStates =
        breakerStates == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new TreeMap<>(breakerStates));
    reasons = reasons == null ? List.of() : List.copyOf(reasons);
  }

  /** Whether a quarantine is in effect. */
  public boolean quarantineInEffect() {
    return quarantine != null;
  }
}
