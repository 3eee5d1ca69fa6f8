package io.jenkins.plugins.wsus.core.engine;

import java.time.Instant;
import java.util.Map;

/**
 * One recorded step of a run, for its evidence.
 *
 * @param at when
 * @param type ATTEMPT, PROGRESS, RETRY, BREAKER, FALLBACK_DECISION, QUARANTINE, JOURNAL, ERROR,
 *     OUTCOME, NOTE
 * @param message the step in words
 * @param data machine-readable details
 */
public record RunStep(Instant at, String type, String message, Map<String, String> data) {
  public RunStep {
    data = Map.copyOf(data);
  }
}
