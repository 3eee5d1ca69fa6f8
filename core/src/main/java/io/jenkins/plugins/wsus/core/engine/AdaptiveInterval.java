package io.jenkins.plugins.wsus.core.engine;

import java.time.Duration;

/**
 * Poll waits that start fast and grow by a factor up to a cap (not thread-safe: one per attempt).
 */
final class AdaptiveInterval {
  private final double multiplier;
  private final long capNanos;
  private long nextNanos;

  AdaptiveInterval(SyncPolicy policy) {
    this.multiplier = policy.pollMultiplier();
    this.capNanos = policy.pollCap().toNanos();
    this.nextNanos = policy.pollInitial().toNanos();
  }

  /** The wait before the next poll; each call returns a longer one until the cap. */
  Duration next() {
    long current = nextNanos;
    nextNanos = (long) Math.min(capNanos, Math.max(current + 1, current * multiplier));
    return Duration.ofNanos(Math.min(current, capNanos));
  }
}
