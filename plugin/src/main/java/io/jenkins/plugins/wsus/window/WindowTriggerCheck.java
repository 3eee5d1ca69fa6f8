package io.jenkins.plugins.wsus.window;

import io.jenkins.plugins.wsus.core.state.StateFileException;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One check of one job's trigger: load the saved state, decide with the {@link TriggerClock}, save
 * the new state, then report what fires. Saving comes first so that a crash right after a build was
 * scheduled cannot fire the same window again after the restart.
 */
public final class WindowTriggerCheck {
  private final TriggerClock clock;
  private final TriggerStateStore store;

  public WindowTriggerCheck(TriggerClock clock, TriggerStateStore store) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.store = Objects.requireNonNull(store, "store");
  }

  /**
   * Checks {@code job} at {@code now}.
   *
   * @param log receives one line per unreadable or unwritable state file and per missed window
   * @return the decision; its {@code fire} list is what the caller schedules
   */
  public TriggerClock.Decision check(String job, Instant now, Consumer<String> log) {
    WindowTriggerState saved;
    try {
      saved = store.load(job).orElse(null);
    } catch (StateFileException e) {
      // An unreadable file is treated like a first start: nothing fires retroactively.
      log.accept("patch-window state of " + job + " is unreadable, starting afresh: " + e);
      saved = null;
    }
    TriggerClock.Decision decision = clock.check(saved, now);
    if (!decision.next().equals(saved)) {
      try {
        store.save(job, decision.next());
      } catch (StateFileException e) {
        // Firing matters more than the file: a missed patch window costs a month.
        log.accept("cannot save the patch-window state of " + job + ": " + e);
      }
    }
    decision
        .missed()
        .forEach(
            w ->
                log.accept(
                    job
                        + ": missed patch window "
                        + WindowPlans.describe(w)
                        + " (the controller was down at its start; it is past the catch-up"
                        + " limit or over)"));
    return decision;
  }
}
