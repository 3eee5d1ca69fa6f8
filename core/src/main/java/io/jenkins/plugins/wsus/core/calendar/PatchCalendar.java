package io.jenkins.plugins.wsus.core.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Answers time questions about a {@link RingPlan}: is a window open now, which windows come next,
 * and which windows started since the last check.
 *
 * <p>A trigger that checks every minute should remember the instant of its last check and ask
 * {@link #windowStartsBetween(Instant, Instant)} for {@code (lastCheck, now]}: consecutive
 * half-open ranges cover the time line exactly once, so no start is missed or fired twice, even
 * across restarts (as long as {@code lastCheck} is persisted) or irregular check intervals. On the
 * very first check there is no {@code lastCheck}; use the current instant so that nothing fires
 * retroactively.
 *
 * <p>Windows are ordered by start, then release month, then ring order. Immutable and thread-safe.
 */
public final class PatchCalendar {

  /** Most windows one preview returns. */
  public static final int MAX_WINDOWS = 1000;

  /** Longest range {@link #windowStartsBetween} accepts. */
  public static final Duration MAX_RANGE = Duration.ofDays(3660);

  /** Earliest instant accepted. */
  public static final Instant MIN_INSTANT = Instant.parse("1900-01-01T00:00:00Z");

  /** Latest instant accepted. */
  public static final Instant MAX_INSTANT = Instant.parse("9000-01-01T00:00:00Z");

  // Slack around a month's nominal window days: the UTC date may differ from the local date by a
  // day, a window starts up to a day after its date's midnight, and the soak gate or a DST gap can
  // delay it by hours.
  private static final int SLACK_DAYS = 3;

  // Longest a window can stay open: its length plus a soak-gate delay.
  private static final int MAX_OPEN_DAYS = (int) PatchWindowSpec.MAX_LENGTH.toDays() + 2;

  // Bounds the search for upcoming windows; blackouts are finite, so windows always recur.
  private static final int MAX_MONTHS_SCANNED = 12 * 200;

  private static final Comparator<PatchWindow> ORDER =
      Comparator.comparing(PatchWindow::start).thenComparing(PatchWindow::release);

  private final RingPlan plan;
  private final int minOffsetDays;
  private final int maxOffsetDays;

  private PatchCalendar(RingPlan plan) {
    this.plan = Objects.requireNonNull(plan, "plan");
    List<Integer> offsets = plan.ringDayOffsets();
    this.minOffsetDays = Collections.min(offsets);
    this.maxOffsetDays = Collections.max(offsets);
  }

  /** A calendar for the rings of {@code plan}. */
  public static PatchCalendar of(RingPlan plan) {
    return new PatchCalendar(plan);
  }

  /** A calendar of one ring ({@link RingPlan#of(PatchWindowSpec)}). */
  public static PatchCalendar of(PatchWindowSpec spec) {
    return new PatchCalendar(RingPlan.of(spec));
  }

  /** The plan this calendar answers for. */
  public RingPlan plan() {
    return plan;
  }

  /** The windows of one release, in ring order. */
  public List<PatchWindow> windowsFor(YearMonth release) {
    return plan.windowsFor(release);
  }

  /** The window open at {@code instant} (the earliest started if several are), if any. */
  public Optional<PatchWindow> windowAt(Instant instant) {
    List<PatchWindow> open = openWindowsAt(instant);
    return open.isEmpty() ? Optional.empty() : Optional.of(open.get(0));
  }

  /** Every window open at {@code instant} (rings of different releases can overlap). */
  public List<PatchWindow> openWindowsAt(Instant instant) {
    check(instant);
    return startingIn(instant.minus(Duration.ofDays(MAX_OPEN_DAYS)), instant).stream()
        .filter(w -> w.isOpenAt(instant))
        .toList();
  }

  /**
   * The windows whose start lies in {@code (exclusiveFrom, inclusiveTo]}, ordered. Empty when the
   * range is empty.
   *
   * @throws IllegalArgumentException when the range is longer than {@link #MAX_RANGE}
   */
  public List<PatchWindow> windowStartsBetween(Instant exclusiveFrom, Instant inclusiveTo) {
    check(exclusiveFrom);
    check(inclusiveTo);
    if (!inclusiveTo.isAfter(exclusiveFrom)) {
      return List.of();
    }
    if (Duration.between(exclusiveFrom, inclusiveTo).compareTo(MAX_RANGE) > 0) {
      throw new IllegalArgumentException(
          "range "
              + exclusiveFrom
              + " to "
              + inclusiveTo
              + " is longer than "
              + MAX_RANGE.toDays()
              + " days");
    }
    return startingIn(exclusiveFrom, inclusiveTo);
  }

  /** The first window that starts strictly after {@code instant}, in any ring. */
  public Optional<PatchWindow> nextWindowStart(Instant instant) {
    List<PatchWindow> next = upcoming(instant, 1, w -> w.start().isAfter(instant));
    return next.isEmpty() ? Optional.empty() : Optional.of(next.get(0));
  }

  /**
   * A preview: the first {@code n} windows, of all rings, that have not ended at {@code from} (so a
   * window open at {@code from} comes first).
   */
  public List<PatchWindow> nextWindows(Instant from, int n) {
    return upcoming(from, n, w -> w.end().isAfter(from));
  }

  /** A preview for one ring: its first {@code n} windows that have not ended at {@code from}. */
  public List<PatchWindow> nextWindows(Instant from, int n, String ring) {
    String name = plan.ring(ring).name();
    return upcoming(from, n, w -> w.ring().equals(name) && w.end().isAfter(from));
  }

  private List<PatchWindow> startingIn(Instant exclusiveFrom, Instant inclusiveTo) {
    YearMonth first = YearMonth.from(utcDate(exclusiveFrom).minusDays(maxOffsetDays + SLACK_DAYS));
    YearMonth last = YearMonth.from(utcDate(inclusiveTo).minusDays(minOffsetDays - SLACK_DAYS));
    List<PatchWindow> found = new ArrayList<>();
    for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
      for (PatchWindow window : plan.windowsFor(month)) {
        if (window.start().isAfter(exclusiveFrom) && !window.start().isAfter(inclusiveTo)) {
          found.add(window);
        }
      }
    }
    found.sort(ORDER);
    return List.copyOf(found);
  }

  private List<PatchWindow> upcoming(Instant from, int n, Predicate<PatchWindow> keep) {
    check(from);
    if (n < 0 || n > MAX_WINDOWS) {
      throw new IllegalArgumentException("count " + n + " is not in 0.." + MAX_WINDOWS);
    }
    List<PatchWindow> found = new ArrayList<>();
    if (n == 0) {
      return found;
    }
    YearMonth month =
        YearMonth.from(utcDate(from).minusDays(maxOffsetDays + SLACK_DAYS + MAX_OPEN_DAYS));
    for (int scanned = 0; scanned < MAX_MONTHS_SCANNED; scanned++, month = month.plusMonths(1)) {
      if (found.size() >= n) {
        found.sort(ORDER);
        Instant earliestOfMonth =
            PatchTuesday.dateIn(month)
                .plusDays(minOffsetDays - SLACK_DAYS)
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant();
        if (earliestOfMonth.isAfter(found.get(n - 1).start())) {
          break; // every later release starts after the n-th window found
        }
      }
      for (PatchWindow window : plan.windowsFor(month)) {
        if (keep.test(window)) {
          found.add(window);
        }
      }
    }
    found.sort(ORDER);
    return List.copyOf(found.subList(0, Math.min(n, found.size())));
  }

  private static LocalDate utcDate(Instant instant) {
    return LocalDate.ofInstant(instant, ZoneOffset.UTC);
  }

  private static void check(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    if (instant.isBefore(MIN_INSTANT) || instant.isAfter(MAX_INSTANT)) {
      throw new IllegalArgumentException(
          "instant " + instant + " is outside " + MIN_INSTANT + " to " + MAX_INSTANT);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PatchCalendar that && plan.equals(that.plan);
  }

  @Override
  public int hashCode() {
    return plan.hashCode();
  }

  @Override
  public String toString() {
    return "PatchCalendar[" + plan.toString().replace('\n', ';') + "]";
  }
}
