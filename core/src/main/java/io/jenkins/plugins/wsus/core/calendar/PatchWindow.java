package io.jenkins.plugins.wsus.core.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * One concrete occurrence of a patch window: for which release and ring, and the instants it is
 * open, {@code [start, end)}.
 *
 * @param release the Patch Tuesday release month the window belongs to (a window of the December
 *     release can fall in January)
 * @param ring the ring name
 * @param targetGroup the WSUS target group of the ring
 * @param day the local date the window starts on, in {@code zone}, before any soak delay
 * @param start first instant the window is open
 * @param end first instant after the window
 * @param zone the zone of the spec, for showing local times
 */
public record PatchWindow(
    YearMonth release,
    String ring,
    String targetGroup,
    LocalDate day,
    Instant start,
    Instant end,
    ZoneId zone) {

  /** Checks that no part is missing and that the window is not empty. */
  public PatchWindow {
    Objects.requireNonNull(release, "release");
    Objects.requireNonNull(ring, "ring");
    Objects.requireNonNull(targetGroup, "targetGroup");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(zone, "zone");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("window end " + end + " is not after start " + start);
    }
  }

  /** Whether the window is open at {@code instant} (start inclusive, end exclusive). */
  public boolean isOpenAt(Instant instant) {
    return !instant.isBefore(start) && instant.isBefore(end);
  }

  /** Elapsed length (differs from the wall-clock length on daylight-saving change nights). */
  public Duration length() {
    return Duration.between(start, end);
  }

  /** Start in the window's zone. */
  public ZonedDateTime localStart() {
    return start.atZone(zone);
  }

  /** End in the window's zone. */
  public ZonedDateTime localEnd() {
    return end.atZone(zone);
  }
}
