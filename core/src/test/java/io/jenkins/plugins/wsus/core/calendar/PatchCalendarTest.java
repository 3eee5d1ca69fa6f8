package io.jenkins.plugins.wsus.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class PatchCalendarTest {

  static final Instant NEW_YEAR_2025 = Instant.parse("2025-01-01T00:00:00Z");

  static final PatchCalendar NIGHTLY =
      PatchCalendar.of(PatchWindowSpec.parse("PT+1d 22:00-04:00 Europe/Berlin"));

  static final PatchCalendar RINGS =
      PatchCalendar.of(
          RingPlanTest.threeRings(PatchWindowSpec.parse("PT+1d 22:00-04:00 Europe/Berlin")));

  @Test
  void previewOfTheNextTwelveWindows() {
    // Patch Tuesday 2025 + 1 day, 22:00 Berlin: 21:00Z under CET, 20:00Z under CEST
    // (CEST from Mar 30 to Oct 26, 2025).
    assertThat(NIGHTLY.nextWindows(NEW_YEAR_2025, 12))
        .extracting(PatchWindow::start)
        .containsExactly(
            Instant.parse("2025-01-15T21:00:00Z"),
            Instant.parse("2025-02-12T21:00:00Z"),
            Instant.parse("2025-03-12T21:00:00Z"),
            Instant.parse("2025-04-09T20:00:00Z"),
            Instant.parse("2025-05-14T20:00:00Z"),
            Instant.parse("2025-06-11T20:00:00Z"),
            Instant.parse("2025-07-09T20:00:00Z"),
            Instant.parse("2025-08-13T20:00:00Z"),
            Instant.parse("2025-09-10T20:00:00Z"),
            Instant.parse("2025-10-15T20:00:00Z"),
            Instant.parse("2025-11-12T21:00:00Z"),
            Instant.parse("2025-12-10T21:00:00Z"));
  }

  @Test
  void previewOfOneRing() {
    // broad = PT+8d: the second Tuesdays of 2025 plus eight days.
    assertThat(RINGS.nextWindows(NEW_YEAR_2025, 12, "broad"))
        .extracting(PatchWindow::start)
        .containsExactly(
            Instant.parse("2025-01-22T21:00:00Z"),
            Instant.parse("2025-02-19T21:00:00Z"),
            Instant.parse("2025-03-19T21:00:00Z"),
            Instant.parse("2025-04-16T20:00:00Z"),
            Instant.parse("2025-05-21T20:00:00Z"),
            Instant.parse("2025-06-18T20:00:00Z"),
            Instant.parse("2025-07-16T20:00:00Z"),
            Instant.parse("2025-08-20T20:00:00Z"),
            Instant.parse("2025-09-17T20:00:00Z"),
            Instant.parse("2025-10-22T20:00:00Z"),
            Instant.parse("2025-11-19T21:00:00Z"),
            Instant.parse("2025-12-17T21:00:00Z"));
  }

  @Test
  void previewOfAllRingsIsOrderedByStart() {
    assertThat(RINGS.nextWindows(NEW_YEAR_2025, 12))
        .extracting(PatchWindow::ring, PatchWindow::day)
        .containsExactly(
            tuple("pilot", LocalDate.of(2025, 1, 15)),
            tuple("early", LocalDate.of(2025, 1, 18)),
            tuple("broad", LocalDate.of(2025, 1, 22)),
            tuple("pilot", LocalDate.of(2025, 2, 12)),
            tuple("early", LocalDate.of(2025, 2, 15)),
            tuple("broad", LocalDate.of(2025, 2, 19)),
            tuple("pilot", LocalDate.of(2025, 3, 12)),
            tuple("early", LocalDate.of(2025, 3, 15)),
            tuple("broad", LocalDate.of(2025, 3, 19)),
            tuple("pilot", LocalDate.of(2025, 4, 9)),
            tuple("early", LocalDate.of(2025, 4, 12)),
            tuple("broad", LocalDate.of(2025, 4, 16)));
  }

  @Test
  void previewStartsWithTheOpenWindowButNextStartIsStrictlyLater() {
    Instant duringPilot = Instant.parse("2025-07-09T23:00:00Z");
    assertThat(RINGS.windowAt(duringPilot)).map(PatchWindow::ring).contains("pilot");
    assertThat(RINGS.nextWindows(duringPilot, 1))
        .extracting(PatchWindow::ring)
        .containsExactly("pilot");
    assertThat(RINGS.nextWindowStart(duringPilot))
        .map(PatchWindow::start)
        .contains(Instant.parse("2025-07-12T20:00:00Z"));
    assertThat(RINGS.nextWindowStart(Instant.parse("2025-07-12T20:00:00Z")))
        .map(PatchWindow::ring)
        .contains("broad");
  }

  @Test
  void windowAtIsStartInclusiveEndExclusive() {
    Instant start = Instant.parse("2025-07-09T20:00:00Z");
    Instant end = Instant.parse("2025-07-10T02:00:00Z");
    assertThat(NIGHTLY.windowAt(start.minusNanos(1))).isEmpty();
    assertThat(NIGHTLY.windowAt(start)).map(PatchWindow::start).contains(start);
    assertThat(NIGHTLY.windowAt(end.minusNanos(1))).isPresent();
    assertThat(NIGHTLY.windowAt(end)).isEmpty();
    assertThat(NIGHTLY.openWindowsAt(start)).hasSize(1);
  }

  @Test
  void lateRingOfOneReleaseMayOverlapTheNextReleasesPilot() {
    RingPlan plan =
        RingPlan.builder(PatchWindowSpec.parse("PT+0d 20:00+7d UTC"))
            .afterWindowDay("pilot", 0, Duration.ZERO, "Pilot")
            .afterWindowDay("broad", 28, Duration.ZERO, "All Computers")
            .build();
    // July 2025 broad: Jul 8 + 28 = Aug 5 20:00 to Aug 12 20:00; August pilot starts Aug 12 20:00.
    PatchCalendar calendar = PatchCalendar.of(plan);
    assertThat(calendar.openWindowsAt(Instant.parse("2025-08-12T19:00:00Z")))
        .extracting(PatchWindow::release, PatchWindow::ring)
        .containsExactly(tuple(YearMonth.of(2025, 7), "broad"));
    // August's pilot opens exactly when July's broad closes (end exclusive).
    assertThat(calendar.openWindowsAt(Instant.parse("2025-08-12T20:00:00Z")))
        .extracting(PatchWindow::release, PatchWindow::ring)
        .containsExactly(tuple(YearMonth.of(2025, 8), "pilot"));
    // Both are open on Sep 2..9: September's broad (Sep 9 + 28 = Oct 7) does not, but
    // August's broad (Aug 12 + 28 = Sep 9) runs into September's pilot (Sep 9 20:00) exactly.
    assertThat(calendar.nextWindows(Instant.parse("2025-08-01T00:00:00Z"), 3))
        .extracting(PatchWindow::release, PatchWindow::ring)
        .containsExactly(
            tuple(YearMonth.of(2025, 7), "broad"),
            tuple(YearMonth.of(2025, 8), "pilot"),
            tuple(YearMonth.of(2025, 8), "broad"));
  }

  @Test
  void windowStartsBetweenIsHalfOpen() {
    Instant start = Instant.parse("2025-07-09T20:00:00Z");
    assertThat(NIGHTLY.windowStartsBetween(start.minusNanos(1), start)).hasSize(1);
    assertThat(NIGHTLY.windowStartsBetween(start, start.plusSeconds(60))).isEmpty();
    assertThat(NIGHTLY.windowStartsBetween(start, start)).isEmpty();
    assertThat(NIGHTLY.windowStartsBetween(start, start.minusSeconds(60))).isEmpty();
    // A year of checks at once (e.g. after a long outage) returns every start once, in order.
    assertThat(NIGHTLY.windowStartsBetween(NEW_YEAR_2025, Instant.parse("2026-01-01T00:00:00Z")))
        .hasSize(12)
        .isSortedAccordingTo(java.util.Comparator.comparing(PatchWindow::start));
  }

  @Test
  void unreasonableQueriesAreRejected() {
    assertThatThrownBy(
            () ->
                NIGHTLY.windowStartsBetween(
                    NEW_YEAR_2025, NEW_YEAR_2025.plus(Duration.ofDays(4000))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("longer than 3660 days");
    assertThatThrownBy(() -> NIGHTLY.windowAt(Instant.MAX))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is outside");
    assertThatThrownBy(() -> NIGHTLY.nextWindows(NEW_YEAR_2025, 1001))
        .hasMessageContaining("count 1001 is not in 0..1000");
    assertThat(NIGHTLY.nextWindows(NEW_YEAR_2025, 0)).isEmpty();
    assertThatThrownBy(() -> RINGS.nextWindows(NEW_YEAR_2025, 1, "nope"))
        .hasMessageContaining("no ring named 'nope'");
  }

  @Test
  void previewSkipsAYearOfBlackouts() {
    PatchCalendar calendar =
        PatchCalendar.of(
            PatchWindowSpec.parse("PT+1d 22:00-04:00 UTC except 2025-01-01..2025-12-31"));
    assertThat(calendar.nextWindows(NEW_YEAR_2025, 1))
        .extracting(PatchWindow::day)
        .containsExactly(LocalDate.of(2026, 1, 14));
  }

  @Test
  void calendarsOfEqualPlansAreEqual() {
    PatchCalendar again = PatchCalendar.of(RingPlan.parse(RINGS.plan().toString()));
    assertThat(again).isEqualTo(RINGS).hasSameHashCodeAs(RINGS);
    assertThat(again.toString()).contains("ring pilot +0d soak 48h group WSUS Pilot");
    assertThat(List.of(NIGHTLY)).doesNotContain(RINGS);
  }
}
