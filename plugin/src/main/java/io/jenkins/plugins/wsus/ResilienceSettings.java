package io.jenkins.plugins.wsus;

import hudson.Extension;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import hudson.util.FormValidation;
import io.jenkins.plugins.wsus.form.Check;
import io.jenkins.plugins.wsus.form.Checks;
import io.jenkins.plugins.wsus.form.Durations;
import io.jenkins.plugins.wsus.form.FieldChecks;
import io.jenkins.plugins.wsus.security.JenkinsPermissions;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;

/**
 * Retry, circuit breaker and bulkhead settings, handed to core as one settings object. Durations
 * are kept as typed ({@code 30s}, {@code 10m}) so the form and configuration-as-code show them as
 * the administrator wrote them.
 */
public final class ResilienceSettings extends AbstractDescribableImpl<ResilienceSettings>
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final int DEFAULT_RETRY_MAX_ATTEMPTS = 4;
  public static final String DEFAULT_RETRY_INITIAL_BACKOFF = "30s";
  public static final String DEFAULT_RETRY_MAX_BACKOFF = "10m";
  public static final int DEFAULT_BREAKER_FAILURE_RATE = 50;
  public static final int DEFAULT_BREAKER_WINDOW = 10;
  public static final String DEFAULT_BREAKER_OPEN_DURATION = "30m";
  public static final int DEFAULT_BULKHEAD_MAX_CONCURRENT = 2;
  public static final String DEFAULT_POLL_INTERVAL = "30s";
  public static final String DEFAULT_STALL_TIMEOUT = "45m";

  private int retryMaxAttempts = DEFAULT_RETRY_MAX_ATTEMPTS;
  private String retryInitialBackoff = DEFAULT_RETRY_INITIAL_BACKOFF;
  private String retryMaxBackoff = DEFAULT_RETRY_MAX_BACKOFF;
  private int breakerFailureRateThreshold = DEFAULT_BREAKER_FAILURE_RATE;
  private int breakerSlidingWindowSize = DEFAULT_BREAKER_WINDOW;
  private String breakerOpenDuration = DEFAULT_BREAKER_OPEN_DURATION;
  private int bulkheadMaxConcurrentCalls = DEFAULT_BULKHEAD_MAX_CONCURRENT;
  private String pollInterval = DEFAULT_POLL_INTERVAL;
  private String stallTimeout = DEFAULT_STALL_TIMEOUT;

  @DataBoundConstructor
  public ResilienceSettings() {}

  public int getRetryMaxAttempts() {
    return retryMaxAttempts;
  }

  @DataBoundSetter
  public void setRetryMaxAttempts(int retryMaxAttempts) {
    this.retryMaxAttempts = retryMaxAttempts;
  }

  public String getRetryInitialBackoff() {
    return retryInitialBackoff;
  }

  @DataBoundSetter
  public void setRetryInitialBackoff(String retryInitialBackoff) {
    this.retryInitialBackoff = trim(retryInitialBackoff, DEFAULT_RETRY_INITIAL_BACKOFF);
  }

  public String getRetryMaxBackoff() {
    return retryMaxBackoff;
  }

  @DataBoundSetter
  public void setRetryMaxBackoff(String retryMaxBackoff) {
    this.retryMaxBackoff = trim(retryMaxBackoff, DEFAULT_RETRY_MAX_BACKOFF);
  }

  public int getBreakerFailureRateThreshold() {
    return breakerFailureRateThreshold;
  }

  @DataBoundSetter
  public void setBreakerFailureRateThreshold(int breakerFailureRateThreshold) {
    this.breakerFailureRateThreshold = breakerFailureRateThreshold;
  }

  public int getBreakerSlidingWindowSize() {
    return breakerSlidingWindowSize;
  }

  @DataBoundSetter
  public void setBreakerSlidingWindowSize(int breakerSlidingWindowSize) {
    this.breakerSlidingWindowSize = breakerSlidingWindowSize;
  }

  public String getBreakerOpenDuration() {
    return breakerOpenDuration;
  }

  @DataBoundSetter
  public void setBreakerOpenDuration(String breakerOpenDuration) {
    this.breakerOpenDuration = trim(breakerOpenDuration, DEFAULT_BREAKER_OPEN_DURATION);
  }

  public int getBulkheadMaxConcurrentCalls() {
    return bulkheadMaxConcurrentCalls;
  }

  @DataBoundSetter
  public void setBulkheadMaxConcurrentCalls(int bulkheadMaxConcurrentCalls) {
    this.bulkheadMaxConcurrentCalls = bulkheadMaxConcurrentCalls;
  }

  public String getPollInterval() {
    return pollInterval;
  }

  @DataBoundSetter
  public void setPollInterval(String pollInterval) {
    this.pollInterval = trim(pollInterval, DEFAULT_POLL_INTERVAL);
  }

  public String getStallTimeout() {
    return stallTimeout;
  }

  @DataBoundSetter
  public void setStallTimeout(String stallTimeout) {
    this.stallTimeout = trim(stallTimeout, DEFAULT_STALL_TIMEOUT);
  }

  public Duration retryInitialBackoff() {
    return Durations.parse(retryInitialBackoff);
  }

  public Duration retryMaxBackoff() {
    return Durations.parse(retryMaxBackoff);
  }

  public Duration breakerOpenDuration() {
    return Durations.parse(breakerOpenDuration);
  }

  public Duration pollInterval() {
    return Durations.parse(pollInterval);
  }

  public Duration stallTimeout() {
    return Durations.parse(stallTimeout);
  }

  /** Every problem with these settings, empty when they are usable. */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    add(problems, Fields.retryMaxAttempts(String.valueOf(retryMaxAttempts)));
    add(problems, Fields.retryInitialBackoff(retryInitialBackoff));
    add(problems, Fields.retryMaxBackoff(retryMaxBackoff));
    add(problems, Fields.breakerFailureRateThreshold(String.valueOf(breakerFailureRateThreshold)));
    add(problems, Fields.breakerSlidingWindowSize(String.valueOf(breakerSlidingWindowSize)));
    add(problems, Fields.breakerOpenDuration(breakerOpenDuration));
    add(problems, Fields.bulkheadMaxConcurrentCalls(String.valueOf(bulkheadMaxConcurrentCalls)));
    add(problems, Fields.pollInterval(pollInterval));
    add(problems, Fields.stallTimeout(stallTimeout));
    if (problems.isEmpty() && retryMaxBackoff().compareTo(retryInitialBackoff()) < 0) {
      problems.add("Retry maximum backoff must not be shorter than the initial backoff");
    }
    return problems;
  }

  private static void add(List<String> problems, Check check) {
    if (check.isError()) {
      problems.add(check.message());
    }
  }

  /** Fields added in later versions come back as 0/null from old XML; default them here. */
  protected Object readResolve() {
    if (retryMaxAttempts <= 0) {
      retryMaxAttempts = DEFAULT_RETRY_MAX_ATTEMPTS;
    }
    retryInitialBackoff = trim(retryInitialBackoff, DEFAULT_RETRY_INITIAL_BACKOFF);
    retryMaxBackoff = trim(retryMaxBackoff, DEFAULT_RETRY_MAX_BACKOFF);
    if (breakerFailureRateThreshold <= 0) {
      breakerFailureRateThreshold = DEFAULT_BREAKER_FAILURE_RATE;
    }
    if (breakerSlidingWindowSize <= 0) {
      breakerSlidingWindowSize = DEFAULT_BREAKER_WINDOW;
    }
    breakerOpenDuration = trim(breakerOpenDuration, DEFAULT_BREAKER_OPEN_DURATION);
    if (bulkheadMaxConcurrentCalls <= 0) {
      bulkheadMaxConcurrentCalls = DEFAULT_BULKHEAD_MAX_CONCURRENT;
    }
    pollInterval = trim(pollInterval, DEFAULT_POLL_INTERVAL);
    stallTimeout = trim(stallTimeout, DEFAULT_STALL_TIMEOUT);
    return this;
  }

  private static String trim(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value.trim();
  }

  /** The check of each field, with its allowed range. */
  public static final class Fields {
    private Fields() {}

    public static Check retryMaxAttempts(String v) {
      return FieldChecks.intInRange("Retry attempts", v, 1, 10);
    }

    public static Check retryInitialBackoff(String v) {
      return Durations.check(
          "Retry initial backoff", v, Duration.ofSeconds(1), Duration.ofHours(1));
    }

    public static Check retryMaxBackoff(String v) {
      return Durations.check(
          "Retry maximum backoff", v, Duration.ofSeconds(1), Duration.ofHours(6));
    }

    public static Check breakerFailureRateThreshold(String v) {
      return FieldChecks.intInRange("Breaker failure rate threshold (%)", v, 1, 100);
    }

    public static Check breakerSlidingWindowSize(String v) {
      return FieldChecks.intInRange("Breaker sliding window (calls)", v, 2, 100);
    }

    public static Check breakerOpenDuration(String v) {
      return Durations.check(
          "Breaker open duration", v, Duration.ofSeconds(10), Duration.ofHours(24));
    }

    public static Check bulkheadMaxConcurrentCalls(String v) {
      return FieldChecks.intInRange("Bulkhead concurrent calls per server", v, 1, 50);
    }

    public static Check pollInterval(String v) {
      return Durations.check("Poll interval", v, Duration.ofSeconds(5), Duration.ofMinutes(10));
    }

    public static Check stallTimeout(String v) {
      return Durations.check("Stall timeout", v, Duration.ofMinutes(1), Duration.ofHours(12));
    }
  }

  /** Descriptor: one check per field, shown only to administrators. */
  @Extension
  public static final class DescriptorImpl extends Descriptor<ResilienceSettings> {
    @Override
    public String getDisplayName() {
      return "Resilience";
    }

    public FormValidation doCheckRetryMaxAttempts(@QueryParameter String value) {
      return admin(Fields.retryMaxAttempts(value));
    }

    public FormValidation doCheckRetryInitialBackoff(@QueryParameter String value) {
      return admin(Fields.retryInitialBackoff(value));
    }

    public FormValidation doCheckRetryMaxBackoff(@QueryParameter String value) {
      return admin(Fields.retryMaxBackoff(value));
    }

    public FormValidation doCheckBreakerFailureRateThreshold(@QueryParameter String value) {
      return admin(Fields.breakerFailureRateThreshold(value));
    }

    public FormValidation doCheckBreakerSlidingWindowSize(@QueryParameter String value) {
      return admin(Fields.breakerSlidingWindowSize(value));
    }

    public FormValidation doCheckBreakerOpenDuration(@QueryParameter String value) {
      return admin(Fields.breakerOpenDuration(value));
    }

    public FormValidation doCheckBulkheadMaxConcurrentCalls(@QueryParameter String value) {
      return admin(Fields.bulkheadMaxConcurrentCalls(value));
    }

    public FormValidation doCheckPollInterval(@QueryParameter String value) {
      return admin(Fields.pollInterval(value));
    }

    public FormValidation doCheckStallTimeout(@QueryParameter String value) {
      return admin(Fields.stallTimeout(value));
    }

    private static FormValidation admin(Check check) {
      return JenkinsPermissions.hasAdminister() ? Checks.toForm(check) : FormValidation.ok();
    }
  }
}
