package io.jenkins.plugins.wsus.core.resilience;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;

/** A circuit breaker's state, independent of Resilience4j so it can be persisted and shown. */
public enum BreakerState {
  CLOSED,
  OPEN,
  HALF_OPEN,
  FORCED_OPEN,
  DISABLED,
  METRICS_ONLY;

  /** The state of a Resilience4j breaker. */
  public static BreakerState of(CircuitBreaker.State state) {
    return switch (state) {
      case CLOSED -> CLOSED;
      case OPEN -> OPEN;
      case HALF_OPEN -> HALF_OPEN;
      case FORCED_OPEN -> FORCED_OPEN;
      case DISABLED -> DISABLED;
      case METRICS_ONLY -> METRICS_ONLY;
    };
  }

  /** Whether calls are rejected in this state. */
  public boolean rejectsCalls() {
    return this == OPEN || this == FORCED_OPEN;
  }
}
