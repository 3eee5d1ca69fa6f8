package io.jenkins.plugins.wsus.core.health;

import java.util.List;

/**
 * A gate's answer.
 *
 * @param decision PASS, WAIT (may pass later) or FAIL (will not pass without a person)
 * @param reasons why, in words
 * @param health the snapshot judged, null when the server has none yet
 * @param timedOut true when a {@link GateWaiter} gave up waiting for PASS
 */
public record GateResult(
    Decision decision, List<String> reasons, ServerHealth health, boolean timedOut) {
  public GateResult {
    reasons = List.copyOf(reasons);
  }

  /** The gate's decision. */
  public enum Decision {
    PASS,
    WAIT,
    FAIL
  }
}
