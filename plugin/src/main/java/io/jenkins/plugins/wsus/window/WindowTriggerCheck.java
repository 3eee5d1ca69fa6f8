package io.jenkins.plugins.wsus.window;

import io.jenkins.plugins.wsus.core.state.StateFileException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The checks of one job's trigger: the first check loads the saved state, every check decides with
 * the {@link TriggerClock} and keeps the new state in memory, and the state is saved atomically
 * whenever a window fires (before the build is scheduled, so a crash cannot fire it again) and
 * otherwise at least every {@link #SAVE_EVERY}.
 *
 * <p>Saving {@code lastCheck} lazily is safe: after a crash the trigger resumes from a {@code
 * lastCheck} up to {@link #SAVE_EVERY} old, and every start in that stretch either fired (and is
 * then covered by the saved {@code lastFiredStart}) or was ruled out by rules that still rule it
 * out. It spares one disk sync per job per minute.
 */
public final class WindowTriggerCheck {
  /** Longest time the saved {@code lastCheck} lags behind the one in memory. */
  public static final Duration SAVE_EVERY = Duration.ofMinutes(15);

  private final TriggerClock clock;
  private final TriggerStateStore store;
  private final String job;

  private boolean loaded;
  private WindowTriggerState saved;
  private WindowTriggerState current;

  public WindowTriggerCheck(TriggerClock clock, TriggerStateStore store, String job) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.store = Objects.requireNonNull(store, "store");
    this.job = Objects.requireNonNull(job, "job");
  }

  /**
   * Saves the state kept in memory if it is newer than the saved one (the trigger is stopped: the
   * job is reconfigured or deleted, or Jenkins shuts down).
   */
  public synchronized void flush(Consumer<String> log) {
    if (current != null && !current.equals(saved)) {
      try {
        store.save(job, current);
        saved = current;
      } catch (StateFileException e) {
        log.accept("cannot save the patch-window state of " + job + ": " + e);
      }
    }
  }

  /** The job this check belongs to. */
  public String job() {
    return job;
  }

  /**
   * Checks at {@code now}.
   *
   * @param log receives one line per unreadable or unwritable state file and per missed window
   * @return the decision; its {@code fire} list is what the caller schedules
   */
  public synchronized TriggerClock.Decision check(Instant now, Consumer<String> log) {
    if (!loaded) {
      try {
        saved = store.load(job).orElse(null);
      } catch (StateFileException e) {
        // An unreadable file is treated like a first start: nothing fires retroactively.
        log.accept("patch-window state of " + job + " is unreadable, starting afresh: " + e);
        saved = null;
      }
      current = saved;
      loaded = true;
    }
    TriggerClock.Decision decision = clock.check(current, now);
    current = decision.next();
    if (saved == null
        || !decision.fire().isEmpty()
        || !Objects.equals(current.lastFiredStart(), saved.lastFiredStart())
        || !current.lastCheck().isBefore(saved.lastCheck().plus(SAVE_EVERY))) {
      try {
        store.save(job, current);
        saved = current;
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
                        + " (the controller was down at its start; it is over or past the"
                        + " catch-up limit)"));
    return decision;
  }
}
