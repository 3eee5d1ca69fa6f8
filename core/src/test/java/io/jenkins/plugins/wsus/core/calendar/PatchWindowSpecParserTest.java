package io.jenkins.plugins.wsus.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PatchWindowSpecParserTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "PT+7d 22:00-04:00 Europe/Berlin",
        "PT+0d 18:00-23:00 UTC",
        "PT-1d 20:00+6h America/New_York",
        "PT-27d 08:00-09:00 Australia/Sydney",
        "PT+90d 00:00+168h Asia/Tokyo",
        "PT+2d 20:00+6h Europe/Berlin",
        "PT+1d 01:00+1h30m Asia/Tokyo",
        "PT+1d 01:00+45m +02:00",
        "PT+7d 22:00-04:00 Europe/Berlin except 2025-12-24,2025-12-25",
        "PT+7d 22:00-04:00 Europe/Berlin except 2025-12-24..2025-12-31,2026-01-06",
      })
  void canonicalSpecsRoundTrip(String text) {
    PatchWindowSpec spec = PatchWindowSpec.parse(text);
    assertThat(spec).hasToString(text);
    assertThat(PatchWindowSpec.parse(spec.toString())).isEqualTo(spec);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "pt+07d   22:00-24:00\tEurope/Berlin | PT+7d 22:00-00:00 Europe/Berlin",
        "PT+2d 20:00+90m UTC | PT+2d 20:00+1h30m UTC",
        "PT+2d 20:00+1d UTC | PT+2d 20:00+24h UTC",
        "PT-0d 9:05-10:00 UTC | PT+0d 09:05-10:00 UTC",
        "PT+1d 22:00-04:00 UTC EXCEPT 2025-12-25, 2025-12-24 ,2025-12-24 | "
            + "PT+1d 22:00-04:00 UTC except 2025-12-24,2025-12-25",
        "PT+1d 22:00-04:00 UTC except 2025-12-24,2025-12-25,2025-12-26 | "
            + "PT+1d 22:00-04:00 UTC except 2025-12-24..2025-12-26",
      })
  void equivalentSpellingsNormalize(String text, String canonical) {
    PatchWindowSpec spec = PatchWindowSpec.parse(text);
    assertThat(spec).hasToString(canonical);
    assertThat(PatchWindowSpec.parse(canonical)).isEqualTo(spec);
  }

  @Test
  void partsAreReadIntoTheRecord() {
    PatchWindowSpec spec =
        PatchWindowSpec.parse("PT+7d 22:00-04:00 Europe/Berlin except 2025-12-25,2025-12-24");
    assertThat(spec.offsetDays()).isEqualTo(7);
    assertThat(spec.start()).isEqualTo(LocalTime.of(22, 0));
    assertThat(spec.endTime()).isEqualTo(LocalTime.of(4, 0));
    assertThat(spec.length()).isNull();
    assertThat(spec.nominalLength()).isEqualTo(Duration.ofHours(6));
    assertThat(spec.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(spec.blackoutDates())
        .containsExactly(LocalDate.of(2025, 12, 24), LocalDate.of(2025, 12, 25));

    PatchWindowSpec length = PatchWindowSpec.parse("PT-1d 20:00+6h UTC");
    assertThat(length.offsetDays()).isEqualTo(-1);
    assertThat(length.endTime()).isNull();
    assertThat(length.length()).isEqualTo(Duration.ofHours(6));
    assertThat(length.endsAtWallClockTime()).isFalse();
  }

  @Test
  void wallClockAndLengthFormsAreDifferentSpecs() {
    // They differ on daylight-saving nights, so they must not be equal.
    assertThat(PatchWindowSpec.parse("PT+1d 22:00-04:00 UTC"))
        .isNotEqualTo(PatchWindowSpec.parse("PT+1d 22:00+6h UTC"));
  }

  /** Each kind of nonsense: reason fragment | offending token | 1-based position. */
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      emptyValue = "",
      value = {
        "'' | patch window spec is empty | '' | 1",
        "'   ' | patch window spec is empty | '' | 1",
        "22:00-04:00 Europe/Berlin | missing offset | 22:00-04:00 | 1",
        "PT 22:00-04:00 UTC | malformed offset | PT | 1",
        "PT+7 22:00-04:00 UTC | malformed offset | PT+7 | 1",
        "PT7d 22:00-04:00 UTC | malformed offset | PT7d | 1",
        "PT+400d 22:00-04:00 UTC | offset out of range PT-27d..PT+90d | PT+400d | 1",
        "PT-28d 22:00-04:00 UTC | offset out of range PT-27d..PT+90d | PT-28d | 1",
        "PT+99999999999d 22:00-04:00 UTC | offset out of range | PT+99999999999d | 1",
        "PT+7d | expected a time range | '' | 6",
        "PT+7d 25:00-04:00 Europe/Berlin | hour 25 is out of range 00-23 | 25:00 | 7",
        "PT+7d 25:00-04:00 | hour 25 is out of range 00-23 | 25:00 | 7",
        "PT+7d 22:00-24:30 UTC | hour 24 is out of range 00-23 | 24:30 | 13",
        "PT+7d 24:00-04:00 UTC | hour 24 is out of range 00-23 | 24:00 | 7",
        "PT+7d 22:00-04:60 UTC | minute 60 is out of range 00-59 | 04:60 | 13",
        "PT+7d 2200-0400 UTC | malformed time; expected HH:MM | 2200 | 7",
        "PT+7d 22:00 UTC | malformed time range | 22:00 | 7",
        "PT+7d 22:00-04:00+1h UTC | malformed time range | 22:00-04:00+1h | 7",
        "PT+7d 22:00-22:00 UTC | end equals start | 22:00-22:00 | 7",
        "PT+7d 22:00+0h UTC | length must be longer than zero | 0h | 13",
        "PT+7d 22:00+8d UTC | length is longer than 7 days | 8d | 13",
        "PT+7d 22:00+6x UTC | malformed length | 6x | 13",
        "PT+7d 22:00+ UTC | malformed length | '' | 13",
        "PT+7d 22:00-04:00 | expected a time zone | '' | 18",
        "PT+7d 22:00-04:00 Europe/Berln | unknown time zone | Europe/Berln | 19",
        "PT+7d 22:00-04:00 Mars/Olympus | unknown time zone | Mars/Olympus | 19",
        "PT+7d 22:00-04:00 Europe/Berlin foo | unexpected text after the time zone | foo | 33",
        "PT+7d 22:00-04:00 Europe/Berlin except | expected at least one date | '' | 40",
        "PT+7d 22:00-04:00 UTC except 2025-12-24, | expected a date (YYYY-MM-DD) after ',' | '' | 41",
        "PT+7d 22:00-04:00 UTC except ,2025-12-24 | expected a date (YYYY-MM-DD) before ',' | , | 30",
        "PT+7d 22:00-04:00 UTC except 2025-13-01 | no such date | 2025-13-01 | 30",
        "PT+7d 22:00-04:00 UTC except 2025-02-29 | no such date | 2025-02-29 | 30",
        "PT+7d 22:00-04:00 UTC except 24.12.2025 | malformed date | 24.12.2025 | 30",
        "PT+7d 22:00-04:00 UTC except 2025-12-24 2025-12-25 | unexpected text after the blackout"
            + " dates | 2025-12-25 | 41",
        "PT+7d 22:00-04:00 UTC except 2025-12-24 now | unexpected text after the blackout dates |"
            + " now | 41",
        "PT+7d 22:00-04:00 UTC except 2025-12-26..2025-12-24 | date range ends before it starts |"
            + " 2025-12-26..2025-12-24 | 30",
        "PT+7d 22:00-04:00 UTC except 2024-01-01..2025-12-31 | date range is longer than 366 days"
            + " | 2024-01-01..2025-12-31 | 30",
        "PT+7d 22:00-04:00 UTC except 2025-12-24..x | malformed date | x | 42",
      })
  void nonsenseIsRejectedNamingTokenAndPosition(
      String text, String reason, String token, int position) {
    PatchWindowSpecException e =
        catchThrowableOfType(PatchWindowSpecException.class, () -> PatchWindowSpec.parse(text));
    assertThat(e).as("no exception for '%s'", text).isNotNull();
    assertThat(e.reason()).contains(reason);
    assertThat(e.token()).isEqualTo(token);
    assertThat(e.position()).isEqualTo(position);
    assertThat(e.getMessage()).contains("position " + position);
    if (!token.isEmpty()) {
      assertThat(e.getMessage()).contains("'" + token + "'");
    }
  }

  @Test
  void wrongCaseZoneGetsASuggestion() {
    assertThatThrownBy(() -> PatchWindowSpec.parse("PT+7d 22:00-04:00 europe/berlin"))
        .isInstanceOf(PatchWindowSpecException.class)
        .hasMessageContaining("did you mean 'Europe/Berlin'?")
        .hasMessageContaining("position 19");
  }

  @Test
  void nullAndOverlongTextAreRejected() {
    assertThatThrownBy(() -> PatchWindowSpec.parse(null))
        .isInstanceOf(PatchWindowSpecException.class)
        .hasMessageContaining("missing");
    assertThatThrownBy(() -> PatchWindowSpec.parse("PT+1d 22:00-04:00 UTC " + " ".repeat(30_000)))
        .isInstanceOf(PatchWindowSpecException.class)
        .hasMessageContaining("longer than");
  }

  @Test
  void tooManyBlackoutDatesAreRejected() {
    String ranges = "2025-01-01..2025-12-31,2026-01-01..2026-12-31,2027-01-01..2027-12-31";
    assertThatThrownBy(() -> PatchWindowSpec.parse("PT+1d 22:00-04:00 UTC except " + ranges))
        .isInstanceOf(PatchWindowSpecException.class)
        .hasMessageContaining("more than 1000 blackout dates");
  }

  @Test
  void constructorValidatesWhatTheParserCannotSee() {
    ZoneId utc = ZoneId.of("UTC");
    assertThatThrownBy(
            () ->
                new PatchWindowSpec(
                    1, LocalTime.NOON, LocalTime.MIDNIGHT, Duration.ofHours(1), utc, List.of()))
        .hasMessageContaining("exactly one of endTime and length");
    assertThatThrownBy(
            () -> PatchWindowSpec.wallClock(1, LocalTime.of(1, 0, 30), LocalTime.NOON, utc))
        .hasMessageContaining("not a whole minute");
    assertThatThrownBy(
            () -> PatchWindowSpec.ofLength(1, LocalTime.NOON, Duration.ofSeconds(90), utc))
        .hasMessageContaining("not whole minutes");
    assertThatThrownBy(() -> PatchWindowSpec.wallClock(91, LocalTime.NOON, LocalTime.MIDNIGHT, utc))
        .hasMessageContaining("out of range");
    // A null blackout list (e.g. absent in JSON) means none.
    assertThat(
            new PatchWindowSpec(1, LocalTime.NOON, null, Duration.ofHours(1), utc, null)
                .blackoutDates())
        .isEmpty();
  }
}
