package io.jenkins.plugins.wsus.core.health;

import io.jenkins.plugins.wsus.core.model.SynchronizationResult;
import io.jenkins.plugins.wsus.core.resilience.BreakerState;
import io.jenkins.plugins.wsus.core.resilience.ErrorClass;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the engine knows about one server, to be judged by {@link HealthEvaluator}.
 *
 * @param server the server's name
 * @param lastSuccessAt the last successful synchronization, null if never
 * @param lastResult the last synchronization's result, null if unknown
 * @param lastErrorClass the class of the last failure, null if the last sync succeeded
 * @param lastErrorReason the reason of the last failure, null if none
 * @param consecutiveFailures failed syncs since the last success
 * @param breakerStates states of the breakers that matter for this server (its own, its upstream,
 *     the catalog), by name
 * @param quarantine what is quarantined on this server (e.g. "classification Updates"), null if
 *     nothing
 */
public record HealthInputs(
    String server,
    Instant lastSuccessAt,
    SynchronizationResult lastResult,
    ErrorClass lastErrorClass,
    String lastErrorReason,
    int consecutiveFailures,
    Map<String, BreakerState> breakerStates,
    String quarantine) {
  public HealthInputs {
    Objects.requireNonNull(server, "server");
    breakerStates =
        breakerStates == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new TreeMap<>(breakerStates));
    if (consecutiveFailures < 0) {
      throw new IllegalArgumentException(
          "consecutiveFailures must be at least 0 (was " + consecutiveFailures + ")");
    }
  }
}
