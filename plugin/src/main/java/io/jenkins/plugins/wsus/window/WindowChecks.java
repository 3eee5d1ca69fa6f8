package io.jenkins.plugins.wsus.window;

import io.jenkins.plugins.wsus.core.calendar.PatchCalendar;
import io.jenkins.plugins.wsus.core.calendar.PatchWindow;
import io.jenkins.plugins.wsus.core.calendar.RingPlan;
import io.jenkins.plugins.wsus.form.Check;
import io.jenkins.plugins.wsus.form.Durations;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The form checks of the trigger and the step, without Jenkins: the calendar's exact message for a
 * bad window or plan, and on success a preview of the next windows.
 */
public final class WindowChecks {
  /** How many windows the live preview shows. */
  public static final int PREVIEW = 3;

  /** Longest catch-up limit accepted: a window is at most 7 days long. */
  public static final Duration MAX_CATCH_UP = Duration.ofDays(7);

  private WindowChecks() {}

  /** The window (or ring plan) field, with {@code ring} selecting the previewed ring. */
  public static Check window(String text, String ring, Instant now) {
    RingPlan plan;
    try {
      plan = WindowPlans.parse(text);
    } catch (IllegalArgumentException e) {
      return Check.error(e.getMessage());
    }
    String selected;
    try {
      selected = WindowPlans.ring(plan, ring);
    } catch (IllegalArgumentException e) {
      // The ring field shows this as an error; here the window itself is fine.
      selected = null;
    }
    List<PatchWindow> next = WindowPlans.next(PatchCalendar.of(plan), selected, now, PREVIEW);
    if (next.isEmpty()) {
      return Check.warning("No window in the next 200 years: every one falls on a blackout date");
    }
    StringBuilder preview = new StringBuilder("Next windows: ");
    for (int i = 0; i < next.size(); i++) {
      preview.append(i == 0 ? "" : "; ").append(WindowPlans.describe(next.get(i)));
    }
    return Check.ok(preview.toString());
  }

  /** The ring field: blank (every ring) or a ring of the plan. */
  public static Check ring(String ring, String text) {
    if (ring == null || ring.isBlank()) {
      return Check.ok();
    }
    RingPlan plan;
    try {
      plan = WindowPlans.parse(text);
    } catch (IllegalArgumentException e) {
      return Check.ok(); // the window field reports its own error
    }
    try {
      WindowPlans.ring(plan, ring);
      return Check.ok();
    } catch (IllegalArgumentException e) {
      return Check.error(e.getMessage());
    }
  }

  /** The trigger's catch-up limit: blank (until the window ends) or a duration up to 7 days. */
  public static Check catchUp(String text) {
    if (text == null || text.isBlank()) {
      return Check.ok();
    }
    return Durations.check("catch-up limit", text, Duration.ZERO, MAX_CATCH_UP);
  }

  /** The step's {@code whenClosed}: wait, skip or fail. */
  public static Check whenClosed(String text) {
    try {
      WhenClosed.parse(text);
      return Check.ok();
    } catch (IllegalArgumentException e) {
      return Check.error(e.getMessage());
    }
  }
}
