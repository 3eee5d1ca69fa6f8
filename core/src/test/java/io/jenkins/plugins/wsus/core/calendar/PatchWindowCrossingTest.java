package io.jenkins.plugins.wsus.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Month, year and midnight crossings (never clamped) and blackout dates (skip, never move). */
class PatchWindowCrossingTest {

  @ParameterizedTest(name = "{0} of {1} is on {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // The second Tuesday is the 14th at the latest, so PT+14d is the 28th at the latest and
        // stays in its month (December 2027: PT Dec 14 -> Dec 28).
        "PT+14d 22:00-04:00 UTC | 2025-12 | 2025-12-23",
        "PT+14d 22:00-04:00 UTC | 2027-12 | 2027-12-28",
        // PT+15d leaves February in a non-leap year whose Patch Tuesday is the 14th (2023).
        "PT+15d 22:00-04:00 UTC | 2023-02 | 2023-03-01",
        // PT+20d: December 2027 (PT Dec 14) lands in January 2028; no clamping to Dec 31.
        "PT+20d 22:00-04:00 UTC | 2027-12 | 2028-01-03",
        "PT+20d 22:00-04:00 UTC | 2025-01 | 2025-02-03",
        // Configuration Manager would clamp this one to Feb 28.
        "PT+20d 22:00-04:00 UTC | 2026-02 | 2026-03-02",
        // Pre-staging before Patch Tuesday crosses back into the previous month and year.
        "PT-10d 22:00-04:00 UTC | 2026-01 | 2026-01-03",
        "PT-14d 22:00-04:00 UTC | 2025-01 | 2024-12-31",
        "PT-27d 22:00-04:00 UTC | 2024-03 | 2024-02-14",
      })
  void offsetsAreWholeDaysNeverClamped(String spec, String release, String day) {
    PatchWindow window =
        PatchCalendar.of(PatchWindowSpec.parse(spec)).windowsFor(YearMonth.parse(release)).get(0);
    assertThat(window.day()).isEqualTo(LocalDate.parse(day));
    assertThat(window.release()).isEqualTo(YearMonth.parse(release));
  }

  @Test
  void windowCrossingMidnightAndTheYearEnd() {
    // December 2027: PT Dec 14 + 17 = Dec 31; 22:00 to 04:00 ends in 2028.
    PatchWindow window =
        PatchCalendar.of(PatchWindowSpec.parse("PT+17d 22:00-04:00 UTC"))
            .windowsFor(YearMonth.of(2027, 12))
            .get(0);
    assertThat(window.start()).isEqualTo(Instant.parse("2027-12-31T22:00:00Z"));
    assertThat(window.end()).isEqualTo(Instant.parse("2028-01-01T04:00:00Z"));
  }

  @Test
  void midnightCrossingWindowIsOpenOnTheNextDay() {
    // July 2025: PT Jul 8 + 7 = Jul 15, 22:00 CEST (20:00Z) to Jul 16 04:00 CEST (02:00Z).
    PatchCalendar calendar =
        PatchCalendar.of(PatchWindowSpec.parse("PT+7d 22:00-04:00 Europe/Berlin"));
    PatchWindow open = calendar.windowAt(Instant.parse("2025-07-16T01:00:00Z")).orElseThrow();
    assertThat(open.day()).isEqualTo(LocalDate.of(2025, 7, 15));
    assertThat(open.start()).isEqualTo(Instant.parse("2025-07-15T20:00:00Z"));
    assertThat(open.end()).isEqualTo(Instant.parse("2025-07-16T02:00:00Z"));
    assertThat(calendar.windowAt(Instant.parse("2025-07-16T02:00:00Z"))).isEmpty();
  }

  @Test
  void endAt24IsMidnightOfTheNextDay() {
    PatchWindow window =
        PatchCalendar.of(PatchWindowSpec.parse("PT+0d 22:00-24:00 UTC"))
            .windowsFor(YearMonth.of(2025, 7))
            .get(0);
    assertThat(window.end()).isEqualTo(Instant.parse("2025-07-09T00:00:00Z"));
  }

  @Test
  void decemberWindowInJanuaryComesBeforeJanuarysOwn() {
    PatchCalendar calendar = PatchCalendar.of(PatchWindowSpec.parse("PT+20d 22:00-04:00 UTC"));
    List<PatchWindow> next = calendar.nextWindows(Instant.parse("2028-01-01T00:00:00Z"), 2);
    // 2028-01-01 is a Saturday, so January 2028's Patch Tuesday is the 11th; + 20 = Jan 31.
    assertThat(next)
        .extracting(PatchWindow::release, PatchWindow::day)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(YearMonth.of(2027, 12), LocalDate.of(2028, 1, 3)),
            org.assertj.core.groups.Tuple.tuple(YearMonth.of(2028, 1), LocalDate.of(2028, 1, 31)));
  }

  @Test
  void preStagingWindowOfNextYearsReleaseIsFoundFromDecember() {
    PatchCalendar calendar = PatchCalendar.of(PatchWindowSpec.parse("PT-14d 22:00-04:00 UTC"));
    PatchWindow next =
        calendar.nextWindowStart(Instant.parse("2024-12-20T00:00:00Z")).orElseThrow();
    assertThat(next.release()).isEqualTo(YearMonth.of(2025, 1));
    assertThat(next.start()).isEqualTo(Instant.parse("2024-12-31T22:00:00Z"));
  }

  @Test
  void blackoutDateSkipsThatMonthsWindow() {
    // December 2025: PT Dec 9 + 7 = Dec 16, a blackout date: no December window at all.
    PatchCalendar calendar =
        PatchCalendar.of(
            PatchWindowSpec.parse("PT+7d 22:00-04:00 Europe/Berlin except 2025-12-16,2025-12-24"));
    assertThat(calendar.windowsFor(YearMonth.of(2025, 12))).isEmpty();
    assertThat(calendar.windowAt(Instant.parse("2025-12-16T22:00:00Z"))).isEmpty();
    // The window is not moved to another day: the next one is January's (PT Jan 13 + 7 = Jan 20).
    PatchWindow next = calendar.nextWindows(Instant.parse("2025-12-01T00:00:00Z"), 1).get(0);
    assertThat(next.day()).isEqualTo(LocalDate.of(2026, 1, 20));
    assertThat(next.release()).isEqualTo(YearMonth.of(2026, 1));
    assertThat(calendar.windowsFor(YearMonth.of(2025, 11))).hasSize(1);
  }

  @Test
  void blackoutOnTheEndDayDoesNotSkip() {
    // The window's day is the local date of its start: Dec 16 22:00 is not blacked out by Dec 17.
    PatchCalendar calendar =
        PatchCalendar.of(
            PatchWindowSpec.parse("PT+7d 22:00-04:00 Europe/Berlin except 2025-12-17"));
    assertThat(calendar.windowsFor(YearMonth.of(2025, 12)))
        .singleElement()
        .extracting(PatchWindow::day)
        .isEqualTo(LocalDate.of(2025, 12, 16));
  }

  @Test
  void blackoutRangeCoversEveryDate() {
    PatchWindowSpec spec =
        PatchWindowSpec.parse("PT+7d 22:00-04:00 UTC except 2025-12-10..2025-12-20");
    assertThat(spec.blackoutDates()).hasSize(11);
    assertThat(spec.isBlackout(LocalDate.of(2025, 12, 16))).isTrue();
    assertThat(spec.isBlackout(LocalDate.of(2025, 12, 21))).isFalse();
    assertThat(PatchCalendar.of(spec).windowsFor(YearMonth.of(2025, 12))).isEmpty();
  }
}
