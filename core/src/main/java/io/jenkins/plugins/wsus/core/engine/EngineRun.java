package io.jenkins.plugins.wsus.core.engine;

import io.jenkins.plugins.wsus.core.evidence.RunRecord;
import java.util.List;

/**
 * A finished run as the engine recorded it: the request that started the flight, its outcome and
 * every step (attempts, errors and classes, retry delays, breaker transitions, journal steps,
 * fallback decisions, quarantine, outcome) and the evidence record built from them. Handed to run
 * listeners after the evidence was saved.
 */
public record EngineRun(
    SyncRequest request, SyncOutcome outcome, List<RunStep> steps, RunRecord record) {
  public EngineRun {
    steps = List.copyOf(steps);
  }
}
