package io.jenkins.plugins.wsus.window;

import io.jenkins.plugins.wsus.core.calendar.PatchCalendar;
import io.jenkins.plugins.wsus.core.calendar.PatchWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Decides, at each check, which window starts fire a build. Plain Java, no Jenkins: the trigger
 * calls it every minute with the persisted {@link WindowTriggerState}.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li><b>First check</b> (no state): nothing fires; checking starts now. Configuring a trigger
 *       during an open window does not start a build for it.
 *   <li>A check at {@code now} considers the window starts in {@code (lastCheck, now]}; consecutive
 *       checks cover the time line once, so a start is neither missed nor seen twice.
 *   <li><b>On time</b>: a start at most {@link #ON_TIME} before {@code now} fires (the cron thread
 *       may run a check late).
 *   <li><b>Catch-up</b> after a controller outage: a later start fires once, on the first check
 *       after the outage, only while its window is still open and, when a catch-up limit is set, at
 *       most that long after its start. Otherwise it is reported as missed and never fires.
 *   <li><b>Never twice</b>: a window starting at or before the last fired start never fires again,
 *       and a clock that went backwards ({@code now <= lastCheck}) fires nothing and keeps the
 *       later {@code lastCheck}.
 * </ul>
 */
public final class TriggerClock {
  /** How late a check may come and still count as on time. */
  public static final Duration ON_TIME = Duration.ofMinutes(5);

  /** Starts older than this cannot belong to an open window; they are not looked up. */
  static final Duration LOOK_BACK = Duration.ofDays(30);

  private final PatchCalendar calendar;
  private final String ring;
  private final Duration catchUpLimit;

  /**
   * @param calendar the windows
   * @param ring the canonical ring name to fire for, or {@code null} for every ring
   * @param catchUpLimit how long after its start a missed window may still fire, or {@code null}
   *     for as long as it is open
   */
  public TriggerClock(PatchCalendar calendar, String ring, Duration catchUpLimit) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.ring = ring;
    this.catchUpLimit = catchUpLimit;
  }

  /** What one check decided. */
  public record Decision(
      List<PatchWindow> fire, List<PatchWindow> missed, WindowTriggerState next) {
    /** Defensive copies. */
    public Decision {
      fire = List.copyOf(fire);
      missed = List.copyOf(missed);
    }
  }

  /** The check at {@code now}, given the state saved by the previous one ({@code null}: none). */
  public Decision check(WindowTriggerState state, Instant now) {
    Objects.requireNonNull(now, "now");
    if (state == null) {
      return new Decision(List.of(), List.of(), new WindowTriggerState(now, null));
    }
    if (!now.isAfter(state.lastCheck())) {
      return new Decision(List.of(), List.of(), state);
    }
    Instant from = state.lastCheck();
    Instant floor = now.minus(LOOK_BACK);
    if (from.isBefore(floor)) {
      from = floor;
    }
    List<PatchWindow> fire = new ArrayList<>();
    List<PatchWindow> missed = new ArrayList<>();
    Instant lastFired = state.lastFiredStart();
    for (PatchWindow w : calendar.windowStartsBetween(from, now)) {
      if (!WindowPlans.inRing(w, ring) || lastFired != null && !w.start().isAfter(lastFired)) {
        continue;
      }
      if (due(w, now)) {
        fire.add(w);
      } else {
        missed.add(w);
      }
    }
    for (PatchWindow w : fire) {
      if (lastFired == null || w.start().isAfter(lastFired)) {
        lastFired = w.start();
      }
    }
    return new Decision(fire, missed, new WindowTriggerState(now, lastFired));
  }

  private boolean due(PatchWindow w, Instant now) {
    Duration late = Duration.between(w.start(), now);
    if (late.compareTo(ON_TIME) <= 0) {
      return true;
    }
    return w.isOpenAt(now) && (catchUpLimit == null || late.compareTo(catchUpLimit) <= 0);
  }
}
