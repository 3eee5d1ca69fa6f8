package io.jenkins.plugins.wsus.core.health;

import io.jenkins.plugins.wsus.core.resilience.BreakerState;
import io.jenkins.plugins.wsus.core.resilience.ErrorClass;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Judges a server's health. The rules, in one place:
 *
 * <p>UNHEALTHY when any of:
 *
 * <ul>
 *   <li>U1 it never synchronized successfully;
 *   <li>U2 its last successful sync is older than {@code unhealthyAfter};
 *   <li>U3 its own breaker ({@code server:<name>}) is open: its API is unreachable;
 *   <li>U4 it is failing with an error that needs an administrator (AUTHENTICATION, CONFIGURATION,
 *       LOCAL_DATABASE).
 * </ul>
 *
 * <p>DEGRADED when any of:
 *
 * <ul>
 *   <li>D1 its last successful sync is older than {@code degradedAfter};
 *   <li>D2 its latest syncs failed (any other class);
 *   <li>D3 another breaker it depends on (upstream, catalog) is not closed;
 *   <li>D4 a quarantine is in effect (a classification or product is excluded);
 *   <li>D5 no successful sync happened after the latest Patch Tuesday release.
 * </ul>
 *
 * <p>HEALTHY otherwise. The reasons list every rule that applied, worst first.
 */
public final class HealthEvaluator {
  private static final Set<ErrorClass> NEEDS_ADMINISTRATOR =
      EnumSet.of(ErrorClass.AUTHENTICATION, ErrorClass.CONFIGURATION, ErrorClass.LOCAL_DATABASE);

  private final HealthThresholds thresholds;
  private final Function<Instant, Instant> latestRelease;

  /**
   * @param thresholds the ages
   * @param latestRelease the latest Patch Tuesday release at or before an instant (the calendar
   *     module); null to skip rule D5
   */
  public HealthEvaluator(HealthThresholds thresholds, Function<Instant, Instant> latestRelease) {
    this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    this.latestRelease = latestRelease;
  }

  /** The verdict at {@code now}. */
  public ServerHealth evaluate(HealthInputs in, Instant now) {
    List<String> unhealthy = new ArrayList<>();
    List<String> degraded = new ArrayList<>();
    Duration age = in.lastSuccessAt() == null ? null : Duration.between(in.lastSuccessAt(), now);

    if (age == null) {
      unhealthy.add("never synchronized successfully");
    } else if (age.compareTo(thresholds.unhealthyAfter()) > 0) {
      unhealthy.add(
          "last successful sync "
              + Durations.words(age)
              + " ago (unhealthy after "
              + Durations.words(thresholds.unhealthyAfter())
              + ")");
    } else if (age.compareTo(thresholds.degradedAfter()) > 0) {
      degraded.add(
          "last successful sync "
              + Durations.words(age)
              + " ago (degraded after "
              + Durations.words(thresholds.degradedAfter())
              + ")");
    }

    String ownBreaker = "server:" + in.server();
    for (Map.Entry<String, BreakerState> breaker : in.breakerStates().entrySet()) {
      BreakerState state = breaker.getValue();
      if (breaker.getKey().equals(ownBreaker) && state.rejectsCalls()) {
        unhealthy.add(
            "circuit breaker "
                + breaker.getKey()
                + " is "
                + state
                + ": the server's API is unreachable");
      } else if (state != BreakerState.CLOSED
          && state != BreakerState.DISABLED
          && state != BreakerState.METRICS_ONLY) {
        degraded.add("circuit breaker " + breaker.getKey() + " is " + state);
      }
    }

    if (in.consecutiveFailures() > 0) {
      String failing =
          in.consecutiveFailures()
              + " consecutive failed sync(s), last: "
              + (in.lastErrorClass() == null ? "UNKNOWN" : in.lastErrorClass())
              + (in.lastErrorReason() == null ? "" : " (" + in.lastErrorReason() + ")");
      if (in.lastErrorClass() != null && NEEDS_ADMINISTRATOR.contains(in.lastErrorClass())) {
        unhealthy.add(failing + "; needs an administrator");
      } else {
        degraded.add(failing);
      }
    }

    if (in.quarantine() != null) {
      degraded.add("quarantine in effect: " + in.quarantine() + " is not being synchronized");
    }

    Instant release = latestRelease == null ? null : latestRelease.apply(now);
    boolean syncedSinceRelease =
        release == null || (in.lastSuccessAt() != null && !in.lastSuccessAt().isBefore(release));
    if (!syncedSinceRelease) {
      degraded.add("no successful sync since the latest Patch Tuesday release at " + release);
    }

    Verdict verdict =
        !unhealthy.isEmpty()
            ? Verdict.UNHEALTHY
            : !degraded.isEmpty() ? Verdict.DEGRADED : Verdict.HEALTHY;
    List<String> reasons = new ArrayList<>(unhealthy);
    reasons.addAll(degraded);
    if (reasons.isEmpty()) {
      reasons.add(
          "last successful sync "
              + Durations.words(age)
              + " ago"
              + (release == null ? "" : ", after the latest Patch Tuesday release")
              + "; no failures, breakers closed, no quarantine");
    }
    return new ServerHealth(
        in.server(),
        now,
        in.lastSuccessAt(),
        age,
        in.lastResult(),
        in.lastErrorClass(),
        in.lastErrorReason(),
        in.consecutiveFailures(),
        in.breakerStates(),
        in.quarantine(),
        release,
        syncedSinceRelease,
        verdict,
        reasons);
  }
}
