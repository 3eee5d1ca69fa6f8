package io.jenkins.plugins.wsus.core.resilience;

import java.util.List;

/** Invalid settings: lists every problem, each naming the field and the bad value. */
public class SettingsException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final List<String> problems;

  public SettingsException(List<String> problems) {
    super("invalid resilience settings: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  /** One message per invalid field, e.g. "retryMaxAttempts must be at least 1 (was 0)". */
  public List<String> problems() {
    return problems;
  }
}
