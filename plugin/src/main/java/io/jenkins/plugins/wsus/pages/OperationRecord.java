package io.jenkins.plugins.wsus.pages;

import io.jenkins.plugins.wsus.ops.ResultKeys;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one operation did in a build, as the build page shows it: the summary (scalar results), the
 * timeline (attempts, breaker transitions, fallbacks) and the evidence files archived with the
 * build. Saved with the build; it holds only what the engine's result map holds, never a secret.
 */
public final class OperationRecord implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String function;
  private final String server;
  private final boolean succeeded;
  private final String failure;
  private final Map<String, String> summary;
  private final List<String> timeline;
  private final List<String> evidence;

  OperationRecord(
      String function,
      String server,
      boolean succeeded,
      String failure,
      Map<String, String> summary,
      List<String> timeline,
      List<String> evidence) {
    this.function = function;
    this.server = server;
    this.succeeded = succeeded;
    this.failure = failure;
    this.summary = new LinkedHashMap<>(summary);
    this.timeline = new ArrayList<>(timeline);
    this.evidence = new ArrayList<>(evidence);
  }

  /** A record of a completed operation from its plain result map. */
  public static OperationRecord of(
      String function,
      String server,
      Map<String, Object> result,
      String failure,
      List<String> evidence) {
    Map<String, String> summary = new LinkedHashMap<>();
    List<String> timeline = new ArrayList<>();
    if (result != null) {
      result.forEach(
          (key, value) -> {
            if (ResultKeys.TIMELINE.equals(key) && value instanceof List<?> list) {
              list.forEach(e -> timeline.add(String.valueOf(e)));
            } else if (value instanceof List<?> list) {
              summary.put(key, String.join(", ", list.stream().map(String::valueOf).toList()));
            } else if (!(value instanceof Map<?, ?>)) {
              summary.put(key, String.valueOf(value));
            }
          });
    }
    return new OperationRecord(
        function, server, failure == null, failure, summary, timeline, evidence);
  }

  public String getFunction() {
    return function;
  }

  public String getServer() {
    return server;
  }

  public boolean isSucceeded() {
    return succeeded;
  }

  public String getFailure() {
    return failure;
  }

  public Map<String, String> getSummary() {
    return Map.copyOf(summary);
  }

  public List<String> getTimeline() {
    return List.copyOf(timeline);
  }

  public List<String> getEvidence() {
    return List.copyOf(evidence);
  }
}
