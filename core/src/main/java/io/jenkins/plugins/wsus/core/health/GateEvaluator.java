package io.jenkins.plugins.wsus.core.health;

import io.jenkins.plugins.wsus.core.resilience.BreakerState;
import io.jenkins.plugins.wsus.core.resilience.ErrorClass;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies a {@link GatePolicy} to a {@link ServerHealth}. FAIL when the server fails with an error
 * that waiting cannot fix (AUTHENTICATION, CONFIGURATION); WAIT when a condition is unmet but may
 * be met later (age, release, breaker, verdict); PASS otherwise.
 */
public final class GateEvaluator {
  private static final Set<ErrorClass> WILL_NOT_HEAL =
      EnumSet.of(ErrorClass.AUTHENTICATION, ErrorClass.CONFIGURATION);

  /** The gate's answer at {@code now} (the age is measured at {@code now}, not the snapshot). */
  public GateResult evaluate(GatePolicy policy, ServerHealth health, Instant now) {
    if (health == null) {
      return new GateResult(
          GateResult.Decision.WAIT, List.of("no health snapshot for the server yet"), null, false);
    }
    if (health.consecutiveFailures() > 0
        && health.lastErrorClass() != null
        && WILL_NOT_HEAL.contains(health.lastErrorClass())) {
      return new GateResult(
          GateResult.Decision.FAIL,
          List.of(
              "the server fails with "
                  + health.lastErrorClass()
                  + (health.lastErrorReason() == null ? "" : " (" + health.lastErrorReason() + ")")
                  + ": waiting will not fix it, an administrator must"),
          health,
          false);
    }
    List<String> unmet = new ArrayList<>();
    if (health.lastSuccessAt() == null) {
      unmet.add("the server never synchronized successfully");
    } else {
      Duration age = Duration.between(health.lastSuccessAt(), now);
      if (age.compareTo(policy.maxAge()) > 0) {
        unmet.add(
            "last successful sync "
                + Durations.words(age)
                + " ago, more than the allowed "
                + Durations.words(policy.maxAge()));
      }
    }
    if (policy.requireSuccessAfterLatestRelease() && !health.syncedSinceLatestRelease()) {
      unmet.add(
          "no successful sync since the latest Patch Tuesday release at "
              + health.latestReleaseAt());
    }
    if (policy.requireBreakerClosed()) {
      for (Map.Entry<String, BreakerState> b : health.breakerStates().entrySet()) {
        if (b.getValue() == BreakerState.OPEN
            || b.getValue() == BreakerState.HALF_OPEN
            || b.getValue() == BreakerState.FORCED_OPEN) {
          unmet.add("circuit breaker " + b.getKey() + " is " + b.getValue());
        }
      }
    }
    if (health.verdict() == Verdict.UNHEALTHY) {
      unmet.add("the server is UNHEALTHY: " + String.join("; ", health.reasons()));
    } else if (health.verdict() == Verdict.DEGRADED && !policy.allowDegraded()) {
      unmet.add(
          "the server is DEGRADED and the policy does not allow it: "
              + String.join("; ", health.reasons()));
    }
    if (!unmet.isEmpty()) {
      return new GateResult(GateResult.Decision.WAIT, unmet, health, false);
    }
    List<String> met = new ArrayList<>();
    met.add(
        "last successful sync "
            + Durations.words(Duration.between(health.lastSuccessAt(), now))
            + " ago (allowed "
            + Durations.words(policy.maxAge())
            + ")");
    if (policy.requireSuccessAfterLatestRelease() && health.latestReleaseAt() != null) {
      met.add("synchronized after the latest Patch Tuesday release at " + health.latestReleaseAt());
    }
    met.add("verdict " + health.verdict());
    return new GateResult(GateResult.Decision.PASS, met, health, false);
  }
}
