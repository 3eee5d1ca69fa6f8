package io.jenkins.plugins.wsus.core.health;

import java.time.Duration;

/**
 * What a pipeline requires of a server before it goes on (e.g. before approving to a ring).
 *
 * @param maxAge the last successful sync must be at most this old
 * @param requireSuccessAfterLatestRelease a successful sync must have happened after the latest
 *     Patch Tuesday release
 * @param allowDegraded a DEGRADED verdict may pass (e.g. a quarantine in effect)
 * @param requireBreakerClosed every breaker the server depends on must be closed
 */
public record GatePolicy(
    Duration maxAge,
    boolean requireSuccessAfterLatestRelease,
    boolean allowDegraded,
    boolean requireBreakerClosed) {
  public GatePolicy {
    if (maxAge == null || maxAge.isNegative() || maxAge.isZero()) {
      throw new IllegalArgumentException("maxAge must be positive (was " + maxAge + ")");
    }
  }

  /** 26 h, require a sync after the release, no degraded, breakers closed. */
  public static GatePolicy defaults() {
    return new GatePolicy(Duration.ofHours(26), true, false, true);
  }
}
