package io.jenkins.plugins.wsus.core.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * Patch Tuesday (the second Tuesday of a month) and the instant its release appears.
 *
 * <p>The release instant is the configured local time on Patch Tuesday in the configured zone,
 * 10:00 America/Los_Angeles by default (already Wednesday in Asia-Pacific). Because it is anchored
 * to Pacific wall time, its UTC instant moves by an hour with US daylight saving (17:00Z in summer,
 * 18:00Z in winter). A configured time that falls in a daylight-saving gap moves forward by the
 * gap; in an overlap the earlier offset is used.
 *
 * @param releaseTime local time of the release on Patch Tuesday
 * @param releaseZone zone of {@code releaseTime}
 */
public record PatchTuesday(LocalTime releaseTime, ZoneId releaseZone) {

  /** Microsoft's schedule: 10:00 Pacific time on the second Tuesday. */
  public static final PatchTuesday MICROSOFT =
      new PatchTuesday(LocalTime.of(10, 0), ZoneId.of("America/Los_Angeles"));

  /** Checks that no part is missing. */
  public PatchTuesday {
    Objects.requireNonNull(releaseTime, "releaseTime");
    Objects.requireNonNull(releaseZone, "releaseZone");
  }

  /** The calendar date of Patch Tuesday (the second Tuesday) in {@code month}. */
  public static LocalDate dateIn(YearMonth month) {
    return month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY));
  }

  /** The release of {@code month}. */
  public PatchRelease releaseOf(YearMonth month) {
    LocalDate date = dateIn(month);
    return new PatchRelease(month, date, date.atTime(releaseTime).atZone(releaseZone).toInstant());
  }

  /**
   * The latest release at or before {@code instant}: health gates ask whether a sync succeeded
   * after it.
   */
  public PatchRelease latestReleaseAtOrBefore(Instant instant) {
    YearMonth month = monthAt(instant);
    PatchRelease release = releaseOf(month);
    // A release lies inside its own month in the release zone, so at most one step back is needed.
    return release.instant().isAfter(instant) ? releaseOf(month.minusMonths(1)) : release;
  }

  /** The first release strictly after {@code instant}. */
  public PatchRelease nextReleaseAfter(Instant instant) {
    YearMonth month = monthAt(instant);
    PatchRelease release = releaseOf(month);
    return release.instant().isAfter(instant) ? release : releaseOf(month.plusMonths(1));
  }

  private YearMonth monthAt(Instant instant) {
    return YearMonth.from(Objects.requireNonNull(instant, "instant").atZone(releaseZone));
  }
}
