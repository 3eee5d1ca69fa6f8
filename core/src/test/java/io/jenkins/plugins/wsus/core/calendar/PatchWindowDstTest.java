package io.jenkins.plugins.wsus.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Windows on and across daylight-saving changes. Expected instants are worked out by hand from the
 * zone rules: Berlin changes on the last Sunday of March (02:00 CET -> 03:00 CEST) and October
 * (03:00 CEST -> 02:00 CET); New York on the second Sunday of March and first Sunday of November at
 * 02:00; Sydney (southern hemisphere) goes forward on the first Sunday of October (02:00 AEST ->
 * 03:00 AEDT) and back on the first Sunday of April (03:00 AEDT -> 02:00 AEST); Tokyo never
 * changes.
 */
class PatchWindowDstTest {

  static PatchWindow only(String spec, String release) {
    List<PatchWindow> windows =
        PatchCalendar.of(PatchWindowSpec.parse(spec)).windowsFor(YearMonth.parse(release));
    assertThat(windows).hasSize(1);
    return windows.get(0);
  }

  @ParameterizedTest(name = "{0} of {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // Berlin, spring forward 2026-03-29 (PT 2026-03-10 + 19d): the night is an hour short.
        "PT+19d 01:00-05:00 Europe/Berlin | 2026-03 | 2026-03-29 | 2026-03-29T00:00:00Z"
            + " | 2026-03-29T03:00:00Z",
        // ... the start 02:30 does not exist: it moves forward by the gap to 03:30 CEST.
        "PT+19d 02:30-04:00 Europe/Berlin | 2026-03 | 2026-03-29 | 2026-03-29T01:30:00Z"
            + " | 2026-03-29T02:00:00Z",
        // ... a night window spanning the change lasts 5 hours, not 6.
        "PT+18d 22:00-04:00 Europe/Berlin | 2026-03 | 2026-03-28 | 2026-03-28T21:00:00Z"
            + " | 2026-03-29T02:00:00Z",
        // ... the same wall-clock window on an ordinary Sunday (May 3, CEST) lasts 4 hours.
        "PT+19d 01:00-05:00 Europe/Berlin | 2026-04 | 2026-05-03 | 2026-05-02T23:00:00Z"
            + " | 2026-05-03T03:00:00Z",
        // Berlin, fall back 2025-10-26 (PT 2025-10-14 + 12d): 02:30 happens twice; the first
        // (CEST) is used for the start; 03:30 is unambiguous CET.
        "PT+12d 02:30-03:30 Europe/Berlin | 2025-10 | 2025-10-26 | 2025-10-26T00:30:00Z"
            + " | 2025-10-26T02:30:00Z",
        // ... an overlap end is also the first occurrence.
        "PT+12d 01:00-02:30 Europe/Berlin | 2025-10 | 2025-10-26 | 2025-10-25T23:00:00Z"
            + " | 2025-10-26T00:30:00Z",
        // ... a night window spanning the change lasts 7 hours, not 6.
        "PT+11d 22:00-04:00 Europe/Berlin | 2025-10 | 2025-10-25 | 2025-10-25T20:00:00Z"
            + " | 2025-10-26T03:00:00Z",
        // ... while the length form always lasts its length (ends 03:00 CET local).
        "PT+11d 22:00+6h Europe/Berlin | 2025-10 | 2025-10-25 | 2025-10-25T20:00:00Z"
            + " | 2025-10-26T02:00:00Z",
        // New York, spring forward 2026-03-08, two days BEFORE Patch Tuesday (March 10).
        "PT-2d 01:00-04:00 America/New_York | 2026-03 | 2026-03-08 | 2026-03-08T06:00:00Z"
            + " | 2026-03-08T08:00:00Z",
        "PT-2d 02:15-03:45 America/New_York | 2026-03 | 2026-03-08 | 2026-03-08T07:15:00Z"
            + " | 2026-03-08T07:45:00Z",
        // New York, fall back 2025-11-02 (PT 2025-10-14 + 19d): 01:30 EDT start, 02:30 EST end.
        "PT+19d 01:30-02:30 America/New_York | 2025-10 | 2025-11-02 | 2025-11-02T05:30:00Z"
            + " | 2025-11-02T07:30:00Z",
        "PT+18d 23:00+4h America/New_York | 2025-10 | 2025-11-01 | 2025-11-02T03:00:00Z"
            + " | 2025-11-02T07:00:00Z",
        // Sydney, spring forward 2025-10-05 (PT 2025-09-09 + 26d).
        "PT+26d 01:00-04:00 Australia/Sydney | 2025-09 | 2025-10-05 | 2025-10-04T15:00:00Z"
            + " | 2025-10-04T17:00:00Z",
        "PT+26d 02:30-04:00 Australia/Sydney | 2025-09 | 2025-10-05 | 2025-10-04T16:30:00Z"
            + " | 2025-10-04T17:00:00Z",
        // Sydney, fall back 2026-04-05 (PT 2026-03-10 + 26d): 02:30 first as AEDT.
        "PT+26d 02:30-03:30 Australia/Sydney | 2026-03 | 2026-04-05 | 2026-04-04T15:30:00Z"
            + " | 2026-04-04T17:30:00Z",
        // ... and the same day as a pre-staging window of April's release (PT 2026-04-14 - 9d).
        "PT-9d 02:30-03:30 Australia/Sydney | 2026-04 | 2026-04-05 | 2026-04-04T15:30:00Z"
            + " | 2026-04-04T17:30:00Z",
        // Sydney's summer is January (AEDT, +11) and its winter July (AEST, +10).
        "PT+1d 22:00-04:00 Australia/Sydney | 2026-01 | 2026-01-14 | 2026-01-14T11:00:00Z"
            + " | 2026-01-14T17:00:00Z",
        "PT+1d 22:00-04:00 Australia/Sydney | 2026-07 | 2026-07-15 | 2026-07-15T12:00:00Z"
            + " | 2026-07-15T18:00:00Z",
        // Tokyo: always +9, no change; 03:00 JST on Wednesday is Tuesday 18:00Z.
        "PT+1d 03:00-05:00 Asia/Tokyo | 2026-03 | 2026-03-11 | 2026-03-10T18:00:00Z"
            + " | 2026-03-10T20:00:00Z",
        "PT+1d 03:00-05:00 Asia/Tokyo | 2026-11 | 2026-11-11 | 2026-11-10T18:00:00Z"
            + " | 2026-11-10T20:00:00Z",
      })
  void windowInstants(String spec, String release, String day, String start, String end) {
    PatchWindow window = only(spec, release);
    assertThat(window.day()).isEqualTo(LocalDate.parse(day));
    assertThat(window.start()).isEqualTo(Instant.parse(start));
    assertThat(window.end()).isEqualTo(Instant.parse(end));
    assertThat(window.release()).isEqualTo(YearMonth.parse(release));
  }

  @Test
  void lengthFormLocalEndShowsTheChange() {
    PatchWindow window = only("PT+11d 22:00+6h Europe/Berlin", "2025-10");
    assertThat(window.length()).isEqualTo(Duration.ofHours(6));
    assertThat(window.localStart().toLocalDateTime()).hasToString("2025-10-25T22:00");
    assertThat(window.localEnd().toLocalDateTime()).hasToString("2025-10-26T03:00");
  }

  @Test
  void shortWindowInsideTheGapMovesWhole() {
    // 02:10-03:05 on the spring-forward night: 02:10 becomes 03:10 CEST, after the end 03:05; the
    // window keeps its 55 minutes from the shifted start instead of turning negative.
    PatchWindow window = only("PT+19d 02:10-03:05 Europe/Berlin", "2026-03");
    assertThat(window.start()).isEqualTo(Instant.parse("2026-03-29T01:10:00Z"));
    assertThat(window.end()).isEqualTo(Instant.parse("2026-03-29T02:05:00Z"));
  }

  @Test
  void tokyoWindowIsTheSameUtcTimeEveryMonth() {
    PatchCalendar calendar =
        PatchCalendar.of(PatchWindowSpec.parse("PT+1d 03:00-05:00 Asia/Tokyo"));
    for (YearMonth m = YearMonth.of(2024, 1);
        m.isBefore(YearMonth.of(2028, 1));
        m = m.plusMonths(1)) {
      PatchWindow window = calendar.windowsFor(m).get(0);
      assertThat(window.start().atZone(java.time.ZoneOffset.UTC).toLocalTime())
          .hasToString("18:00");
      assertThat(window.length()).isEqualTo(Duration.ofHours(2));
    }
  }

  @Test
  void openOrClosedAcrossTheOverlap() {
    PatchCalendar calendar =
        PatchCalendar.of(PatchWindowSpec.parse("PT+12d 02:30-03:30 Europe/Berlin"));
    assertThat(calendar.windowAt(Instant.parse("2025-10-26T00:29:59Z"))).isEmpty();
    assertThat(calendar.windowAt(Instant.parse("2025-10-26T00:30:00Z"))).isPresent();
    // The second 02:30 (CET, 01:30Z) is inside the window, which runs to 03:30 CET.
    assertThat(calendar.windowAt(Instant.parse("2025-10-26T01:30:00Z"))).isPresent();
    assertThat(calendar.windowAt(Instant.parse("2025-10-26T02:29:59Z"))).isPresent();
    assertThat(calendar.windowAt(Instant.parse("2025-10-26T02:30:00Z"))).isEmpty();
  }
}
