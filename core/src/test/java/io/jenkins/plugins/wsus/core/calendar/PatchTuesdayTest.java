package io.jenkins.plugins.wsus.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PatchTuesdayTest {

  /**
   * Every Patch Tuesday 2024-2027, written down by hand from the weekday of each month's first day
   * (second Tuesday = 8th if the 1st is a Tuesday, 14th if a Wednesday, ... 9th if a Monday).
   */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "2024-01, 2024-01-09", "2024-02, 2024-02-13", "2024-03, 2024-03-12", "2024-04, 2024-04-09",
    "2024-05, 2024-05-14", "2024-06, 2024-06-11", "2024-07, 2024-07-09", "2024-08, 2024-08-13",
    "2024-09, 2024-09-10", "2024-10, 2024-10-08", "2024-11, 2024-11-12", "2024-12, 2024-12-10",
    "2025-01, 2025-01-14", "2025-02, 2025-02-11", "2025-03, 2025-03-11", "2025-04, 2025-04-08",
    "2025-05, 2025-05-13", "2025-06, 2025-06-10", "2025-07, 2025-07-08", "2025-08, 2025-08-12",
    "2025-09, 2025-09-09", "2025-10, 2025-10-14", "2025-11, 2025-11-11", "2025-12, 2025-12-09",
    "2026-01, 2026-01-13", "2026-02, 2026-02-10", "2026-03, 2026-03-10", "2026-04, 2026-04-14",
    "2026-05, 2026-05-12", "2026-06, 2026-06-09", "2026-07, 2026-07-14", "2026-08, 2026-08-11",
    "2026-09, 2026-09-08", "2026-10, 2026-10-13", "2026-11, 2026-11-10", "2026-12, 2026-12-08",
    "2027-01, 2027-01-12", "2027-02, 2027-02-09", "2027-03, 2027-03-09", "2027-04, 2027-04-13",
    "2027-05, 2027-05-11", "2027-06, 2027-06-08", "2027-07, 2027-07-13", "2027-08, 2027-08-10",
    "2027-09, 2027-09-14", "2027-10, 2027-10-12", "2027-11, 2027-11-09", "2027-12, 2027-12-14",
  })
  void secondTuesdayOfEveryMonth2024To2027(String month, String expected) {
    LocalDate date = PatchTuesday.dateIn(YearMonth.parse(month));
    assertThat(date).isEqualTo(LocalDate.parse(expected));
    assertThat(date.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
  }

  /**
   * 10:00 in Los Angeles is 17:00Z under PDT and 18:00Z under PST. US DST ran 2024-03-10..11-03,
   * 2025-03-09..11-02, 2026-03-08..11-01, 2027-03-14..11-07; March 2027's Patch Tuesday (9th) comes
   * before the change, so it is still 18:00Z.
   */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "2024-02, 2024-02-13T18:00:00Z",
    "2024-03, 2024-03-12T17:00:00Z",
    "2024-10, 2024-10-08T17:00:00Z",
    "2024-11, 2024-11-12T18:00:00Z",
    "2025-03, 2025-03-11T17:00:00Z",
    "2025-07, 2025-07-08T17:00:00Z",
    "2025-11, 2025-11-11T18:00:00Z",
    "2026-03, 2026-03-10T17:00:00Z",
    "2026-11, 2026-11-10T18:00:00Z",
    "2027-03, 2027-03-09T18:00:00Z",
    "2027-04, 2027-04-13T17:00:00Z",
    "2027-11, 2027-11-09T18:00:00Z",
  })
  void releaseInstantFollowsPacificDaylightSaving(String month, String expected) {
    PatchRelease release = PatchTuesday.MICROSOFT.releaseOf(YearMonth.parse(month));
    assertThat(release.instant()).isEqualTo(Instant.parse(expected));
    assertThat(release.month()).isEqualTo(YearMonth.parse(month));
  }

  @Test
  void latestReleaseAtOrBeforeIncludesTheReleaseInstantItself() {
    Instant july = Instant.parse("2025-07-08T17:00:00Z");
    assertThat(PatchTuesday.MICROSOFT.latestReleaseAtOrBefore(july).month())
        .isEqualTo(YearMonth.of(2025, 7));
    assertThat(PatchTuesday.MICROSOFT.latestReleaseAtOrBefore(july.minusNanos(1)).month())
        .isEqualTo(YearMonth.of(2025, 6));
    // Early in a month, before its Patch Tuesday, the latest release is last month's.
    assertThat(
            PatchTuesday.MICROSOFT
                .latestReleaseAtOrBefore(Instant.parse("2026-01-05T00:00:00Z"))
                .instant())
        .isEqualTo(Instant.parse("2025-12-09T18:00:00Z"));
  }

  @Test
  void nextReleaseAfterIsStrictlyAfter() {
    Instant july = Instant.parse("2025-07-08T17:00:00Z");
    assertThat(PatchTuesday.MICROSOFT.nextReleaseAfter(july.minusSeconds(1)).instant())
        .isEqualTo(july);
    assertThat(PatchTuesday.MICROSOFT.nextReleaseAfter(july).instant())
        .isEqualTo(Instant.parse("2025-08-12T17:00:00Z"));
    // Year end: after December's release comes January's.
    assertThat(
            PatchTuesday.MICROSOFT.nextReleaseAfter(Instant.parse("2025-12-20T00:00:00Z")).month())
        .isEqualTo(YearMonth.of(2026, 1));
  }

  @Test
  void releaseIsAlreadyWednesdayInTokyo() {
    Instant release = PatchTuesday.MICROSOFT.releaseOf(YearMonth.of(2025, 7)).instant();
    assertThat(release.atZone(ZoneId.of("Asia/Tokyo")).toLocalDateTime())
        .hasToString("2025-07-09T02:00");
  }

  @Test
  void releaseTimeAndZoneAreConfigurable() {
    PatchTuesday berlinNoon = new PatchTuesday(LocalTime.NOON, ZoneId.of("Europe/Berlin"));
    assertThat(berlinNoon.releaseOf(YearMonth.of(2026, 1)).instant())
        .isEqualTo(Instant.parse("2026-01-13T11:00:00Z"));
    assertThat(berlinNoon.releaseOf(YearMonth.of(2026, 7)).instant())
        .isEqualTo(Instant.parse("2026-07-14T10:00:00Z"));
  }

  @Test
  void latestAndNextAgreeAroundEveryReleaseOfFourYears() {
    for (YearMonth m = YearMonth.of(2024, 1);
        m.isBefore(YearMonth.of(2028, 1));
        m = m.plusMonths(1)) {
      Instant release = PatchTuesday.MICROSOFT.releaseOf(m).instant();
      assertThat(PatchTuesday.MICROSOFT.latestReleaseAtOrBefore(release.plusSeconds(1)).month())
          .isEqualTo(m);
      assertThat(PatchTuesday.MICROSOFT.nextReleaseAfter(release.minusSeconds(1)).month())
          .isEqualTo(m);
      assertThat(PatchTuesday.MICROSOFT.nextReleaseAfter(release).month())
          .isEqualTo(m.plusMonths(1));
    }
  }
}
