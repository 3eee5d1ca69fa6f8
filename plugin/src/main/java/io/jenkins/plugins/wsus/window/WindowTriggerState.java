package io.jenkins.plugins.wsus.window;

import java.time.Instant;

/**
 * What a patch-window trigger remembers between checks and across controller restarts.
 *
 * @param lastCheck the instant up to which window starts have been considered: the next check looks
 *     at {@code (lastCheck, now]}
 * @param lastFiredStart the start of the last window a build was scheduled for, or {@code null}; a
 *     window starting at or before it never fires again
 */
public record WindowTriggerState(Instant lastCheck, Instant lastFiredStart) {

  /** Requires {@code lastCheck}. */
  public WindowTriggerState {
    if (lastCheck == null) {
      throw new IllegalArgumentException("lastCheck is required");
    }
  }
}
