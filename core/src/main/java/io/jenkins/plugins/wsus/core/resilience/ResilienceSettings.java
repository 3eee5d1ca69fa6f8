package io.jenkins.plugins.wsus.core.resilience;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Every Resilience4j knob in one immutable, validated object. {@link Resilience} is built from it
 * and from nothing else. Defaults (see each field) are chosen for WSUS syncs that take minutes and
 * upstream outages that last hours (July 2025): a few spaced retries, then the shared breaker.
 *
 * <p>Build with {@link #builder()}; {@link Builder#build()} validates and throws {@link
 * SettingsException} naming every bad field and value.
 */
public final class ResilienceSettings {
  /**
   * How the breaker's sliding window counts: the last N calls, or the calls of the last N seconds.
   */
  public enum WindowType {
    COUNT_BASED,
    TIME_BASED
  }

  private final int retryMaxAttempts;
  private final Duration retryInitialBackoff;
  private final double retryMultiplier;
  private final Duration retryMaxBackoff;
  private final double retryRandomizationFactor;
  private final Duration retryMaxTotalTime;
  private final float breakerFailureRateThreshold;
  private final WindowType breakerWindowType;
  private final int breakerWindowSize;
  private final int breakerMinimumCalls;
  private final Duration breakerWaitInOpen;
  private final int breakerPermittedCallsInHalfOpen;
  private final boolean breakerAutomaticTransitionToHalfOpen;
  private final Duration callTimeout;
  private final int bulkheadMaxConcurrentCalls;

  private ResilienceSettings(Builder b) {
    retryMaxAttempts = b.retryMaxAttempts;
    retryInitialBackoff = b.retryInitialBackoff;
    retryMultiplier = b.retryMultiplier;
    retryMaxBackoff = b.retryMaxBackoff;
    retryRandomizationFactor = b.retryRandomizationFactor;
    retryMaxTotalTime = b.retryMaxTotalTime;
    breakerFailureRateThreshold = b.breakerFailureRateThreshold;
    breakerWindowType = b.breakerWindowType;
    breakerWindowSize = b.breakerWindowSize;
    breakerMinimumCalls = b.breakerMinimumCalls;
    breakerWaitInOpen = b.breakerWaitInOpen;
    breakerPermittedCallsInHalfOpen = b.breakerPermittedCallsInHalfOpen;
    breakerAutomaticTransitionToHalfOpen = b.breakerAutomaticTransitionToHalfOpen;
    callTimeout = b.callTimeout;
    bulkheadMaxConcurrentCalls = b.bulkheadMaxConcurrentCalls;
  }

  /** A builder holding the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The defaults. */
  public static ResilienceSettings defaults() {
    return builder().build();
  }

  /** A builder starting from these values. */
  public Builder toBuilder() {
    return new Builder()
        .retryMaxAttempts(retryMaxAttempts)
        .retryInitialBackoff(retryInitialBackoff)
        .retryMultiplier(retryMultiplier)
        .retryMaxBackoff(retryMaxBackoff)
        .retryRandomizationFactor(retryRandomizationFactor)
        .retryMaxTotalTime(retryMaxTotalTime)
        .breakerFailureRateThreshold(breakerFailureRateThreshold)
        .breakerWindowType(breakerWindowType)
        .breakerWindowSize(breakerWindowSize)
        .breakerMinimumCalls(breakerMinimumCalls)
        .breakerWaitInOpen(breakerWaitInOpen)
        .breakerPermittedCallsInHalfOpen(breakerPermittedCallsInHalfOpen)
        .breakerAutomaticTransitionToHalfOpen(breakerAutomaticTransitionToHalfOpen)
        .callTimeout(callTimeout)
        .bulkheadMaxConcurrentCalls(bulkheadMaxConcurrentCalls);
  }

  /** Attempts in total, the first included. Default 4. */
  public int retryMaxAttempts() {
    return retryMaxAttempts;
  }

  /** Delay before the first retry, before jitter. Default 30 s. */
  public Duration retryInitialBackoff() {
    return retryInitialBackoff;
  }

  /** Each retry waits this many times longer than the previous one. Default 2.0. */
  public double retryMultiplier() {
    return retryMultiplier;
  }

  /** Upper bound of the backoff before jitter. Default 10 min. */
  public Duration retryMaxBackoff() {
    return retryMaxBackoff;
  }

  /**
   * Jitter: a delay d becomes a random value in [d*(1-f), d*(1+f)], so servers that failed together
   * do not retry together. Default 0.5.
   */
  public double retryRandomizationFactor() {
    return retryRandomizationFactor;
  }

  /**
   * No retry is scheduled if it would start later than this after the first attempt. Default 45
   * min.
   */
  public Duration retryMaxTotalTime() {
    return retryMaxTotalTime;
  }

  /** Failure rate in percent (0 &lt; x &le; 100) that opens a breaker. Default 50. */
  public float breakerFailureRateThreshold() {
    return breakerFailureRateThreshold;
  }

  /** Sliding window type. Default COUNT_BASED. */
  public WindowType breakerWindowType() {
    return breakerWindowType;
  }

  /** Sliding window size: calls (COUNT_BASED) or seconds (TIME_BASED). Default 10. */
  public int breakerWindowSize() {
    return breakerWindowSize;
  }

  /** Calls needed before the failure rate is computed. Default 4. */
  public int breakerMinimumCalls() {
    return breakerMinimumCalls;
  }

  /** How long an open breaker rejects calls before a probe. Default 15 min. */
  public Duration breakerWaitInOpen() {
    return breakerWaitInOpen;
  }

  /** Probe calls allowed in half-open. Default 1 (one sync is a heavy probe). */
  public int breakerPermittedCallsInHalfOpen() {
    return breakerPermittedCallsInHalfOpen;
  }

  /** Move to half-open when the wait ends even without a call. Default true. */
  public boolean breakerAutomaticTransitionToHalfOpen() {
    return breakerAutomaticTransitionToHalfOpen;
  }

  /** Time limit of one call to a server or the catalog. Default 2 min. */
  public Duration callTimeout() {
    return callTimeout;
  }

  /**
   * Concurrent calls per bulkhead (per WSUS server). Default 2. Callers never wait for a permit
   * (that would hold a thread): a full bulkhead fails fast and the Retry backs off instead.
   */
  public int bulkheadMaxConcurrentCalls() {
    return bulkheadMaxConcurrentCalls;
  }

  @Override
  public String toString() {
    return "ResilienceSettings{retryMaxAttempts="
        + retryMaxAttempts
        + ", retryInitialBackoff="
        + retryInitialBackoff
        + ", retryMultiplier="
        + retryMultiplier
        + ", retryMaxBackoff="
        + retryMaxBackoff
        + ", retryRandomizationFactor="
        + retryRandomizationFactor
        + ", retryMaxTotalTime="
        + retryMaxTotalTime
        + ", breakerFailureRateThreshold="
        + breakerFailureRateThreshold
        + ", breakerWindowType="
        + breakerWindowType
        + ", breakerWindowSize="
        + breakerWindowSize
        + ", breakerMinimumCalls="
        + breakerMinimumCalls
        + ", breakerWaitInOpen="
        + breakerWaitInOpen
        + ", breakerPermittedCallsInHalfOpen="
        + breakerPermittedCallsInHalfOpen
        + ", breakerAutomaticTransitionToHalfOpen="
        + breakerAutomaticTransitionToHalfOpen
        + ", callTimeout="
        + callTimeout
        + ", bulkheadMaxConcurrentCalls="
        + bulkheadMaxConcurrentCalls
        + "}";
  }

  /** Mutable builder; {@link #build()} validates. */
  public static final class Builder {
    private int retryMaxAttempts = 4;
    private Duration retryInitialBackoff = Duration.ofSeconds(30);
    private double retryMultiplier = 2.0;
    private Duration retryMaxBackoff = Duration.ofMinutes(10);
    private double retryRandomizationFactor = 0.5;
    private Duration retryMaxTotalTime = Duration.ofMinutes(45);
    private float breakerFailureRateThreshold = 50f;
    private WindowType breakerWindowType = WindowType.COUNT_BASED;
    private int breakerWindowSize = 10;
    private int breakerMinimumCalls = 4;
    private Duration breakerWaitInOpen = Duration.ofMinutes(15);
    private int breakerPermittedCallsInHalfOpen = 1;
    private boolean breakerAutomaticTransitionToHalfOpen = true;
    private Duration callTimeout = Duration.ofMinutes(2);
    private int bulkheadMaxConcurrentCalls = 2;

    private Builder() {}

    public Builder retryMaxAttempts(int value) {
      retryMaxAttempts = value;
      return this;
    }

    public Builder retryInitialBackoff(Duration value) {
      retryInitialBackoff = value;
      return this;
    }

    public Builder retryMultiplier(double value) {
      retryMultiplier = value;
      return this;
    }

    public Builder retryMaxBackoff(Duration value) {
      retryMaxBackoff = value;
      return this;
    }

    public Builder retryRandomizationFactor(double value) {
      retryRandomizationFactor = value;
      return this;
    }

    public Builder retryMaxTotalTime(Duration value) {
      retryMaxTotalTime = value;
      return this;
    }

    public Builder breakerFailureRateThreshold(float value) {
      breakerFailureRateThreshold = value;
      return this;
    }

    public Builder breakerWindowType(WindowType value) {
      breakerWindowType = value;
      return this;
    }

    public Builder breakerWindowSize(int value) {
      breakerWindowSize = value;
      return this;
    }

    public Builder breakerMinimumCalls(int value) {
      breakerMinimumCalls = value;
      return this;
    }

    public Builder breakerWaitInOpen(Duration value) {
      breakerWaitInOpen = value;
      return this;
    }

    public Builder breakerPermittedCallsInHalfOpen(int value) {
      breakerPermittedCallsInHalfOpen = value;
      return this;
    }

    public Builder breakerAutomaticTransitionToHalfOpen(boolean value) {
      breakerAutomaticTransitionToHalfOpen = value;
      return this;
    }

    public Builder callTimeout(Duration value) {
      callTimeout = value;
      return this;
    }

    public Builder bulkheadMaxConcurrentCalls(int value) {
      bulkheadMaxConcurrentCalls = value;
      return this;
    }

    /** Every problem with the current values, one message per field; empty when valid. */
    public List<String> problems() {
      List<String> p = new ArrayList<>();
      if (retryMaxAttempts < 1) {
        p.add("retryMaxAttempts must be at least 1 (was " + retryMaxAttempts + ")");
      }
      positive(p, "retryInitialBackoff", retryInitialBackoff);
      if (!(retryMultiplier >= 1.0) || Double.isInfinite(retryMultiplier)) {
        p.add("retryMultiplier must be a number of at least 1.0 (was " + retryMultiplier + ")");
      }
      positive(p, "retryMaxBackoff", retryMaxBackoff);
      if (retryInitialBackoff != null
          && retryMaxBackoff != null
          && retryMaxBackoff.compareTo(retryInitialBackoff) < 0) {
        p.add(
            "retryMaxBackoff must not be shorter than retryInitialBackoff ("
                + retryInitialBackoff
                + ") (was "
                + retryMaxBackoff
                + ")");
      }
      if (!(retryRandomizationFactor >= 0.0 && retryRandomizationFactor < 1.0)) {
        p.add(
            "retryRandomizationFactor must be at least 0 and below 1 (was "
                + retryRandomizationFactor
                + ")");
      }
      positive(p, "retryMaxTotalTime", retryMaxTotalTime);
      if (!(breakerFailureRateThreshold > 0f && breakerFailureRateThreshold <= 100f)) {
        p.add(
            "breakerFailureRateThreshold must be above 0 and at most 100 percent (was "
                + breakerFailureRateThreshold
                + ")");
      }
      if (breakerWindowType == null) {
        p.add("breakerWindowType must be COUNT_BASED or TIME_BASED (was null)");
      }
      if (breakerWindowSize < 1) {
        p.add("breakerWindowSize must be at least 1 (was " + breakerWindowSize + ")");
      }
      if (breakerMinimumCalls < 1) {
        p.add("breakerMinimumCalls must be at least 1 (was " + breakerMinimumCalls + ")");
      }
      positive(p, "breakerWaitInOpen", breakerWaitInOpen);
      if (breakerPermittedCallsInHalfOpen < 1) {
        p.add(
            "breakerPermittedCallsInHalfOpen must be at least 1 (was "
                + breakerPermittedCallsInHalfOpen
                + ")");
      }
      positive(p, "callTimeout", callTimeout);
      if (bulkheadMaxConcurrentCalls < 1) {
        p.add(
            "bulkheadMaxConcurrentCalls must be at least 1 (was "
                + bulkheadMaxConcurrentCalls
                + ")");
      }
      return p;
    }

    /**
     * Checks every field.
     *
     * @throws SettingsException listing every invalid field with its value
     */
    public Builder validate() {
      List<String> p = problems();
      if (!p.isEmpty()) {
        throw new SettingsException(p);
      }
      return this;
    }

    /**
     * Validates and builds.
     *
     * @throws SettingsException listing every invalid field with its value
     */
    public ResilienceSettings build() {
      validate();
      return new ResilienceSettings(this);
    }

    private static void positive(List<String> p, String field, Duration value) {
      if (value == null) {
        p.add(field + " must be set (was null)");
      } else if (value.isNegative() || value.isZero() || value.toMillis() < 1) {
        p.add(field + " must be at least 1 ms (was " + value + ")");
      }
    }
  }
}
