package io.jenkins.plugins.wsus.core.health;

import java.time.Duration;

/**
 * Ages at which a server stops being healthy.
 *
 * @param degradedAfter no successful sync for longer than this is DEGRADED (default 26 h: a daily
 *     sync plus slack)
 * @param unhealthyAfter no successful sync for longer than this is UNHEALTHY (default 72 h)
 */
public record HealthThresholds(Duration degradedAfter, Duration unhealthyAfter) {
  public HealthThresholds {
    if (degradedAfter == null || degradedAfter.isNegative() || degradedAfter.isZero()) {
      throw new IllegalArgumentException(
          "degradedAfter must be positive (was " + degradedAfter + ")");
    }
    if (unhealthyAfter == null || unhealthyAfter.compareTo(degradedAfter) < 0) {
      throw new IllegalArgumentException(
          "unhealthyAfter must be at least degradedAfter ("
              + degradedAfter
              + ") (was "
              + unhealthyAfter
              + ")");
    }
  }

  /** 26 h and 72 h. */
  public static HealthThresholds defaults() {
    return new HealthThresholds(Duration.ofHours(26), Duration.ofHours(72));
  }
}
