package io.jenkins.plugins.wsus.simulator.scenario;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Converts the simulator's nominal durations (how long things take on a real server) into real
 * durations by the configured time factor, and measures time since the simulator started.
 */
public final class TimeScale {

  private final double factor;
  private final Clock clock;
  private final Instant start;

  public TimeScale(double factor, Clock clock) {
    if (!(factor > 0)) {
      throw new IllegalArgumentException("time factor must be > 0, was " + factor);
    }
    this.factor = factor;
    this.clock = clock;
    this.start = clock.instant();
  }

  /** The factor applied to every nominal duration. */
  public double factor() {
    return factor;
  }

  /** The real duration standing for {@code nominal}; never negative, at least 1 ms if non-zero. */
  public Duration scale(Duration nominal) {
    if (nominal.isZero() || nominal.isNegative()) {
      return Duration.ZERO;
    }
    long nanos = (long) Math.min(Long.MAX_VALUE / 2.0, nominal.toNanos() * factor);
    return Duration.ofNanos(Math.max(nanos, 1_000_000L));
  }

  /** Now, on the wall clock (event times are real, so clients can filter them). */
  public Instant now() {
    return clock.instant();
  }

  /** The real instant at {@code nominalOffset} (scaled) after the simulator started. */
  public Instant sinceStart(Duration nominalOffset) {
    return start.plus(scale(nominalOffset));
  }

  /** When the simulator started. */
  public Instant start() {
    return start;
  }
}
