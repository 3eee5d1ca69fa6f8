package io.jenkins.plugins.wsus.core.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One monthly Patch Tuesday release: its month, the calendar date of the second Tuesday, and the
 * instant the updates appear (10:00 America/Los_Angeles by default).
 *
 * @param month the release month
 * @param patchTuesday the second Tuesday of {@code month}
 * @param instant when the release appears upstream
 */
public record PatchRelease(YearMonth month, LocalDate patchTuesday, Instant instant) {
  /** Checks that no part is missing. */
  public PatchRelease {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(patchTuesday, "patchTuesday");
    Objects.requireNonNull(instant, "instant");
  }
}
