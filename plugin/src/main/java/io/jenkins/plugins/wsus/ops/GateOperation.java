package io.jenkins.plugins.wsus.ops;

import io.jenkins.plugins.wsus.form.Check;
import io.jenkins.plugins.wsus.form.Durations;
import java.time.Duration;
import java.util.List;

/** Model object of {@code wsusGate} and the freestyle "WSUS: gate" step. */
public final class GateOperation extends ServerOperation {
  private static final long serialVersionUID = 1L;

  public static final String DEFAULT_MAX_AGE = "24h";
  public static final String DEFAULT_WAIT = "2h";

  private String maxAge = DEFAULT_MAX_AGE;
  private boolean requireAfterPatchTuesday = true;
  private boolean allowDegraded;
  private String wait = DEFAULT_WAIT;

  public GateOperation(String server) {
    super(server);
  }

  @Override
  public String functionName() {
    return "wsusGate";
  }

  public String getMaxAge() {
    return maxAge;
  }

  public void setMaxAge(String maxAge) {
    this.maxAge = maxAge == null || maxAge.isBlank() ? DEFAULT_MAX_AGE : maxAge.trim();
  }

  public boolean isRequireAfterPatchTuesday() {
    return requireAfterPatchTuesday;
  }

  public void setRequireAfterPatchTuesday(boolean requireAfterPatchTuesday) {
    this.requireAfterPatchTuesday = requireAfterPatchTuesday;
  }

  public boolean isAllowDegraded() {
    return allowDegraded;
  }

  public void setAllowDegraded(boolean allowDegraded) {
    this.allowDegraded = allowDegraded;
  }

  public String getWait() {
    return wait;
  }

  public void setWait(String wait) {
    this.wait = wait == null || wait.isBlank() ? DEFAULT_WAIT : wait.trim();
  }

  public static Check checkMaxAge(String value) {
    return Durations.check("maxAge", value, Duration.ofMinutes(1), Duration.ofDays(31));
  }

  public static Check checkWait(String value) {
    return Durations.check("wait", value, Duration.ZERO, Duration.ofDays(7));
  }

  @Override
  protected void addProblems(List<String> problems) {
    add(problems, checkMaxAge(maxAge));
    add(problems, checkWait(wait));
  }

  @Override
  protected GateRequest build() {
    return new GateRequest(
        getServer(),
        Durations.parse(maxAge),
        requireAfterPatchTuesday,
        allowDegraded,
        Durations.parse(wait));
  }

  private Object readResolve() {
    if (maxAge == null) {
      maxAge = DEFAULT_MAX_AGE;
    }
    if (wait == null) {
      wait = DEFAULT_WAIT;
    }
    return this;
  }
}
