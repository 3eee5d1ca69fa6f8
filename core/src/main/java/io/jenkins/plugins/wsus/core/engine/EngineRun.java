package io.jenkins.plugins.wsus.core.engine;

import java.util.List;

/**
 * A finished run as the engine recorded it: the request that started the flight, its outcome and
 * every step (attempts, errors and classes, retry delays, breaker transitions, journal steps,
 * fallback decisions, quarantine, outcome). Handed to run recorders (evidence writers).
 */
public record EngineRun(SyncRequest request, SyncOutcome outcome, List<RunStep> steps) {
  public EngineRun {
    steps = List.copyOf(steps);
  }
}
