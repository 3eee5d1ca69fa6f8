package io.jenkins.plugins.wsus.window;

import io.jenkins.plugins.wsus.core.calendar.PatchCalendar;
import io.jenkins.plugins.wsus.core.calendar.PatchWindow;
import io.jenkins.plugins.wsus.core.calendar.PatchWindowSpec;
import io.jenkins.plugins.wsus.core.calendar.RingPlan;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one way the trigger and the step read their patch-window text: either one window spec ({@code
 * PT+7d 22:00-04:00 Europe/Berlin}) or a multi-line ring plan ({@code window ...} then {@code ring
 * ...} lines), and an optional ring name that selects one ring of the plan.
 */
public final class WindowPlans {
  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm z", Locale.ENGLISH);

  private WindowPlans() {}

  /**
   * Parses {@code text}: a ring plan when its first meaningful line starts with {@code window},
   * otherwise one window spec (a plan of one ring named {@value RingPlan#DEFAULT_RING}).
   *
   * @throws IllegalArgumentException (often a {@code PatchWindowSpecException}) naming what is
   *     wrong and where
   */
  public static RingPlan parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(
          "a patch window is required, e.g. 'PT+7d 22:00-04:00 Europe/Berlin', or a ring plan"
              + " ('window ...' and 'ring ...' lines)");
    }
    String normalized = normalize(text);
    return isRingPlan(normalized)
        ? RingPlan.parse(normalized)
        : RingPlan.of(PatchWindowSpec.parse(normalized.strip()));
  }

  /** Line ends as {@code \n} (forms post {@code \r\n}). */
  public static String normalize(String text) {
    return text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
  }

  /**
   * The canonical name of the selected ring, or {@code null} for every ring when {@code ring} is
   * blank.
   *
   * @throws IllegalArgumentException when the plan has no such ring
   */
  public static String ring(RingPlan plan, String ring) {
    if (ring == null || ring.isBlank()) {
      return null;
    }
    return plan.ring(ring.strip()).name();
  }

  /** The window open at {@code now} (of {@code ring}, or of any ring when it is null). */
  public static Optional<PatchWindow> openAt(PatchCalendar calendar, String ring, Instant now) {
    return calendar.openWindowsAt(now).stream().filter(w -> inRing(w, ring)).findFirst();
  }

  /** The next {@code n} windows that have not ended at {@code from}, of one ring or all. */
  public static List<PatchWindow> next(PatchCalendar calendar, String ring, Instant from, int n) {
    return ring == null ? calendar.nextWindows(from, n) : calendar.nextWindows(from, n, ring);
  }

  static boolean inRing(PatchWindow window, String ring) {
    return ring == null || window.ring().equals(ring);
  }

  /** {@code ring 'pilot' (group 'WSUS Pilot'), release 2025-07: Tue ... to Wed ...}. */
  public static String describe(PatchWindow w) {
    return "ring '"
        + w.ring()
        + "' (group '"
        + w.targetGroup()
        + "'), release "
        + w.release()
        + ": "
        + LOCAL.format(w.localStart())
        + " to "
        + LOCAL.format(w.localEnd());
  }

  private static boolean isRingPlan(String text) {
    for (String line : text.split("\n")) {
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      return t.regionMatches(true, 0, "window", 0, 6)
              && (t.length() == 6 || Character.isWhitespace(t.charAt(6)))
          || t.regionMatches(true, 0, "ring", 0, 4)
              && (t.length() == 4 || Character.isWhitespace(t.charAt(4)));
    }
    return false;
  }
}
