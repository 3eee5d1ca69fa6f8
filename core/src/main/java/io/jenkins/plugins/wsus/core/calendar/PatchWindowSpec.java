package io.jenkins.plugins.wsus.core.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * When a patch window opens relative to Patch Tuesday: "Patch Tuesday + N days, HH:MM to HH:MM (or
 * HH:MM for a length) in zone Z, except on these dates". Immutable; {@link #toString()} is the
 * canonical text form and {@link #parse(String)} reads it back to an equal spec.
 *
 * <p>Text form (keywords case-insensitive, tokens separated by blanks):
 *
 * <pre>
 * spec      = offset time-range zone [ "except" dates ]
 * offset    = "PT" ("+" | "-") days "d"          ; PT-27d .. PT+90d, PT+0d is Patch Tuesday itself
 * time-range= HH:MM "-" HH:MM                    ; wall-clock end; an end at or before the start is
 *                                                ; on the next day (22:00-04:00); 24:00 = midnight
 *           | HH:MM "+" length                   ; elapsed length, e.g. 6h, 90m, 1h30m, 1d12h (max 7d)
 * zone      = IANA zone id                       ; Europe/Berlin, America/New_York, UTC, +02:00
 * dates     = item *( "," item )                 ; blanks after commas are allowed
 * item      = YYYY-MM-DD | YYYY-MM-DD ".." YYYY-MM-DD   ; inclusive range, at most 366 days
 * </pre>
 *
 * Examples: {@code PT+7d 22:00-04:00 Europe/Berlin}, {@code PT+0d 18:00-23:00 UTC}, {@code PT-1d
 * 20:00+6h America/New_York except 2025-12-24,2025-12-25}.
 *
 * <p>Rules (see {@link WindowResolver}):
 *
 * <ul>
 *   <li>The window's day is Patch Tuesday's calendar date plus the offset, counted in whole days,
 *       never clamped: PT+20d of December 2027 is 2028-01-03. Negative offsets pre-stage before
 *       Patch Tuesday; they stop at -27 days so a window always follows the previous month's Patch
 *       Tuesday.
 *   <li>Times are wall-clock times in the window's zone. A start (or wall-clock end) in a
 *       daylight-saving gap moves forward by the gap; in an overlap the earlier offset (the first
 *       occurrence) is used. So a 22:00-04:00 window lasts 5 or 7 hours on change nights, while a
 *       22:00+6h window always lasts 6 hours.
 *   <li><b>Blackout dates skip, never move.</b> A window whose day (the local date of its start) is
 *       a blackout date does not occur that month; nothing is rescheduled.
 * </ul>
 *
 * @param offsetDays days after Patch Tuesday (negative: before)
 * @param start wall-clock start time, whole minutes
 * @param endTime wall-clock end time, or {@code null} when the window is given by {@code length}
 * @param length elapsed length, or {@code null} when the window is given by {@code endTime}
 * @param zone the zone whose wall clock the times are in
 * @param blackoutDates dates on which the window is skipped; sorted, without duplicates
 */
public record PatchWindowSpec(
    int offsetDays,
    LocalTime start,
    LocalTime endTime,
    Duration length,
    ZoneId zone,
    List<LocalDate> blackoutDates) {

  /** Earliest offset: keeps a pre-staging window after the previous month's Patch Tuesday. */
  public static final int MIN_OFFSET_DAYS = -27;

  /** Latest offset: about a quarter; later windows belong to a later release. */
  public static final int MAX_OFFSET_DAYS = 90;

  /** Longest window; keeps one month's window clear of the next month's. */
  public static final Duration MAX_LENGTH = Duration.ofDays(7);

  /** Most blackout dates one spec may hold (bounds the work of skipping). */
  public static final int MAX_BLACKOUT_DATES = 1000;

  /** Validates and normalizes (blackout dates sorted and de-duplicated). */
  public PatchWindowSpec {
    if (offsetDays < MIN_OFFSET_DAYS || offsetDays > MAX_OFFSET_DAYS) {
      throw new IllegalArgumentException(
          "offset "
              + formatOffset(offsetDays)
              + " is out of range "
              + formatOffset(MIN_OFFSET_DAYS)
              + ".."
              + formatOffset(MAX_OFFSET_DAYS));
    }
    requireWholeMinutes(Objects.requireNonNull(start, "start"), "start");
    Objects.requireNonNull(zone, "zone");
    if ((endTime == null) == (length == null)) {
      throw new IllegalArgumentException("give exactly one of endTime and length");
    }
    if (endTime != null) {
      requireWholeMinutes(endTime, "endTime");
      if (endTime.equals(start)) {
        throw new IllegalArgumentException(
            "end equals start (" + start + "); use a length such as +24h for a whole day");
      }
    } else {
      if (length.isNegative() || length.isZero() || length.compareTo(MAX_LENGTH) > 0) {
        throw new IllegalArgumentException("length " + length + " is not in (0, 7d]");
      }
      if (length.toSecondsPart() != 0 || length.toNanosPart() != 0) {
        throw new IllegalArgumentException("length " + length + " is not whole minutes");
      }
    }
    TreeSet<LocalDate> sorted = new TreeSet<>();
    for (LocalDate date : blackoutDates == null ? List.<LocalDate>of() : blackoutDates) {
      sorted.add(Objects.requireNonNull(date, "blackout date"));
    }
    if (sorted.size() > MAX_BLACKOUT_DATES) {
      throw new IllegalArgumentException(
          sorted.size() + " blackout dates; at most " + MAX_BLACKOUT_DATES + " are allowed");
    }
    blackoutDates = List.copyOf(sorted);
  }

  /** A window from {@code start} to the wall-clock {@code end} (next day when not after start). */
  public static PatchWindowSpec wallClock(
      int offsetDays, LocalTime start, LocalTime end, ZoneId zone) {
    return new PatchWindowSpec(offsetDays, start, end, null, zone, List.of());
  }

  /** A window from {@code start} lasting {@code length} of elapsed time. */
  public static PatchWindowSpec ofLength(
      int offsetDays, LocalTime start, Duration length, ZoneId zone) {
    return new PatchWindowSpec(offsetDays, start, null, length, zone, List.of());
  }

  /** Parses the text form; see the class documentation for the grammar. */
  public static PatchWindowSpec parse(String text) {
    return PatchWindowSpecParser.parse(text);
  }

  /** This spec with {@code dates} as its blackout dates (replacing any present). */
  public PatchWindowSpec withBlackoutDates(Collection<LocalDate> dates) {
    return new PatchWindowSpec(offsetDays, start, endTime, length, zone, List.copyOf(dates));
  }

  /** Whether the window ends at a wall-clock time (else it has an elapsed length). */
  public boolean endsAtWallClockTime() {
    return endTime != null;
  }

  /**
   * The length on a day without a daylight-saving change: the elapsed length, or the wall-clock
   * distance from start to end (wrapping past midnight).
   */
  public Duration nominalLength() {
    if (length != null) {
      return length;
    }
    long minutes = Duration.between(start, endTime).toMinutes();
    return Duration.ofMinutes(minutes > 0 ? minutes : minutes + 24 * 60);
  }

  /** Whether {@code day} is a blackout date. */
  public boolean isBlackout(LocalDate day) {
    return Collections.binarySearch(blackoutDates, day) >= 0;
  }

  /** The canonical text form, which {@link #parse(String)} reads back to an equal spec. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(formatOffset(offsetDays)).append(' ');
    text.append(start);
    if (endTime != null) {
      text.append('-').append(endTime);
    } else {
      text.append('+').append(formatLength(length));
    }
    text.append(' ').append(zone.getId());
    if (!blackoutDates.isEmpty()) {
      text.append(" except ").append(formatDates(blackoutDates));
    }
    return text.toString();
  }

  static String formatOffset(int days) {
    return "PT" + (days < 0 ? "-" : "+") + Math.abs(days) + "d";
  }

  /** Hours and minutes, e.g. 6h, 1h30m, 45m (days are written as hours). */
  static String formatLength(Duration length) {
    long hours = length.toHours();
    int minutes = length.toMinutesPart();
    if (hours == 0) {
      return minutes + "m";
    }
    return minutes == 0 ? hours + "h" : hours + "h" + minutes + "m";
  }

  /** Runs of three or more consecutive dates as ranges, the rest one by one. */
  private static String formatDates(List<LocalDate> dates) {
    List<String> items = new ArrayList<>();
    int i = 0;
    while (i < dates.size()) {
      int j = i;
      while (j + 1 < dates.size() && dates.get(j + 1).equals(dates.get(j).plusDays(1))) {
        j++;
      }
      if (j - i >= 2) {
        items.add(dates.get(i) + ".." + dates.get(j));
      } else {
        for (int k = i; k <= j; k++) {
          items.add(dates.get(k).toString());
        }
      }
      i = j + 1;
    }
    return String.join(",", items);
  }

  private static void requireWholeMinutes(LocalTime time, String what) {
    if (time.getSecond() != 0 || time.getNano() != 0) {
      throw new IllegalArgumentException(what + " " + time + " is not a whole minute");
    }
  }
}
