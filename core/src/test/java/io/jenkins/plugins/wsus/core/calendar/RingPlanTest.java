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

class RingPlanTest {

  static final PatchWindowSpec NIGHTLY = PatchWindowSpec.parse("PT+1d 22:00-04:00 Europe/Berlin");

  /** Pilot PT+1d (soak 2d), early 3 days after pilot (soak 1d), broad PT+8d. */
  static RingPlan threeRings(PatchWindowSpec spec) {
    return RingPlan.builder(spec)
        .afterWindowDay("pilot", 0, Duration.ofDays(2), "WSUS Pilot")
        .afterPreviousRing("early", 3, Duration.ofDays(1), "Early Adopters")
        .afterWindowDay("broad", 7, Duration.ZERO, "All Computers")
        .build();
  }

  @Test
  void ringsShiftTheSpecsDay() {
    RingPlan plan = threeRings(NIGHTLY);
    assertThat(plan.ringDayOffsets()).containsExactly(1, 4, 8);
    // July 2025: PT Jul 8; 22:00 CEST = 20:00Z; ends 04:00 CEST (02:00Z) the next day.
    assertThat(plan.windowsFor(YearMonth.of(2025, 7)))
        .extracting(
            PatchWindow::ring, PatchWindow::targetGroup, PatchWindow::start, PatchWindow::end)
        .containsExactly(
            tuple(
                "pilot",
                "WSUS Pilot",
                Instant.parse("2025-07-09T20:00:00Z"),
                Instant.parse("2025-07-10T02:00:00Z")),
            tuple(
                "early",
                "Early Adopters",
                Instant.parse("2025-07-12T20:00:00Z"),
                Instant.parse("2025-07-13T02:00:00Z")),
            tuple(
                "broad",
                "All Computers",
                Instant.parse("2025-07-16T20:00:00Z"),
                Instant.parse("2025-07-17T02:00:00Z")));
  }

  @Test
  void eachRingStartsAfterThePreviousEndedAndSoakedForFourYears() {
    RingPlan plan = threeRings(NIGHTLY);
    for (YearMonth m = YearMonth.of(2024, 1);
        m.isBefore(YearMonth.of(2028, 1));
        m = m.plusMonths(1)) {
      List<PatchWindow> windows = plan.windowsFor(m);
      assertThat(windows).hasSize(3);
      for (int i = 1; i < windows.size(); i++) {
        Duration soak = plan.rings().get(i - 1).soak();
        assertThat(windows.get(i).start()).isAfterOrEqualTo(windows.get(i - 1).end().plus(soak));
      }
    }
  }

  @Test
  void nonMonotonicPlanIsRejectedWithTheEarliestPossibleStart() {
    assertThatThrownBy(
            () ->
                RingPlan.builder(NIGHTLY)
                    .afterWindowDay("pilot", 0, Duration.ofHours(48), "WSUS Pilot")
                    .afterWindowDay("broad", 2, Duration.ZERO, "All Computers")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "ring 'broad' starts at PT+3d 22:00, before ring 'pilot' has ended (PT+2d 04:00) and"
                + " soaked 48h; it may start at PT+4d 04:00 at the earliest");
    // Same day as the previous ring: never allowed.
    assertThatThrownBy(
            () ->
                RingPlan.builder(NIGHTLY)
                    .afterWindowDay("pilot", 3, Duration.ZERO, "A")
                    .afterWindowDay("broad", 3, Duration.ZERO, "B")
                    .build())
        .hasMessageContaining("ring 'broad' starts at PT+4d 22:00");
    // Going backwards.
    assertThatThrownBy(
            () ->
                RingPlan.builder(NIGHTLY)
                    .afterWindowDay("pilot", 5, Duration.ZERO, "A")
                    .afterWindowDay("broad", 1, Duration.ZERO, "B")
                    .build())
        .hasMessageContaining("before ring 'pilot' has ended");
  }

  @Test
  void otherValidation() {
    assertThatThrownBy(
            () ->
                RingPlan.builder(NIGHTLY)
                    .afterWindowDay("pilot", 0, Duration.ZERO, "A")
                    .afterWindowDay("Pilot", 5, Duration.ZERO, "B")
                    .build())
        .hasMessage("ring name 'Pilot' is used twice");
    assertThatThrownBy(
            () ->
                RingPlan.builder(NIGHTLY).afterPreviousRing("pilot", 0, Duration.ZERO, "A").build())
        .hasMessageContaining("first ring; it cannot count from a previous one");
    assertThatThrownBy(() -> RingPlan.builder(NIGHTLY).build())
        .hasMessageContaining("needs 1 to 20 rings, not 0");
    assertThatThrownBy(() -> Ring.afterWindowDay("pilot", 0, Duration.ofHours(-1), "A"))
        .hasMessageContaining("negative soak time");
    assertThatThrownBy(() -> Ring.afterWindowDay("pilot", -1, Duration.ZERO, "A"))
        .hasMessageContaining("negative offset");
    assertThatThrownBy(() -> Ring.afterWindowDay("pi lot", 0, Duration.ZERO, "A"))
        .hasMessageContaining("ring name 'pi lot'");
    assertThatThrownBy(() -> Ring.afterWindowDay("pilot", 0, Duration.ZERO, " "))
        .hasMessageContaining("needs a target group name");
    assertThatThrownBy(() -> Ring.afterWindowDay("pilot", 0, Duration.ZERO, "a\nb"))
        .hasMessageContaining("needs a target group name");
    assertThatThrownBy(() -> Ring.afterWindowDay("pilot", 0, Duration.ofDays(61), "A"))
        .hasMessageContaining("longer than 60 days");
    assertThatThrownBy(
            () -> RingPlan.builder(NIGHTLY).afterWindowDay("late", 180, Duration.ZERO, "A").build())
        .hasMessageContaining("falls on PT+181d, later than PT+180d");
    assertThatThrownBy(() -> threeRings(NIGHTLY).ring("nope"))
        .hasMessageContaining("no ring named 'nope' in [pilot, early, broad]");
  }

  @Test
  void soakGateHoldsOnTheSpringForwardNight() {
    // Pilot Mar 28 2026 22:00-24:00 CET, soak 22h: on an ordinary day it is ready at 22:00 the
    // next evening, exactly when "broad" starts. The night to Mar 29 loses an hour, so the gate
    // is only reached at 23:00 CEST; broad moves an hour later and keeps its 2 hours.
    PatchWindowSpec spec = PatchWindowSpec.parse("PT+18d 22:00+2h Europe/Berlin");
    RingPlan plan =
        RingPlan.builder(spec)
            .afterWindowDay("pilot", 0, Duration.ofHours(22), "Pilot")
            .afterPreviousRing("broad", 1, Duration.ZERO, "All Computers")
            .build();
    List<PatchWindow> march = plan.windowsFor(YearMonth.of(2026, 3));
    assertThat(march.get(0).start()).isEqualTo(Instant.parse("2026-03-28T21:00:00Z"));
    assertThat(march.get(0).end()).isEqualTo(Instant.parse("2026-03-28T23:00:00Z"));
    assertThat(march.get(1).start()).isEqualTo(Instant.parse("2026-03-29T21:00:00Z"));
    assertThat(march.get(1).end()).isEqualTo(Instant.parse("2026-03-29T23:00:00Z"));
    assertThat(march.get(1).localStart().toLocalTime()).hasToString("23:00");
    // On an ordinary day (April release: PT Apr 14 + 18 = May 2) nothing moves.
    List<PatchWindow> april = plan.windowsFor(YearMonth.of(2026, 4));
    assertThat(april.get(1).localStart().toLocalTime()).hasToString("22:00");
    assertThat(april.get(1).day()).isEqualTo(LocalDate.of(2026, 5, 3));
  }

  @Test
  void blackoutOfAnEarlyRingSkipsTheLaterRingsOfThatRelease() {
    // July 2025: pilot Jul 9, early Jul 12, broad Jul 16.
    RingPlan pilotBlocked =
        threeRings(NIGHTLY.withBlackoutDates(List.of(LocalDate.of(2025, 7, 9))));
    assertThat(pilotBlocked.windowsFor(YearMonth.of(2025, 7))).isEmpty();
    assertThat(pilotBlocked.windowsFor(YearMonth.of(2025, 8))).hasSize(3);

    RingPlan broadBlocked =
        threeRings(NIGHTLY.withBlackoutDates(List.of(LocalDate.of(2025, 7, 16))));
    assertThat(broadBlocked.windowsFor(YearMonth.of(2025, 7)))
        .extracting(PatchWindow::ring)
        .containsExactly("pilot", "early");
  }

  @Test
  void textFormRoundTrips() {
    String text =
        """
        # Contoso rings
        window PT+1d 22:00-04:00 Europe/Berlin except 2025-12-24
        ring pilot +0d soak 2d group WSUS Pilot

        ring early prev+3d soak 1d group Early Adopters
        ring broad +7d soak 0 group All Computers
        """;
    RingPlan plan = RingPlan.parse(text);
    assertThat(plan.rings())
        .extracting(Ring::name, Ring::countsFrom, Ring::soak, Ring::targetGroup)
        .containsExactly(
            tuple("pilot", Ring.CountsFrom.WINDOW_DAY, Duration.ofDays(2), "WSUS Pilot"),
            tuple("early", Ring.CountsFrom.PREVIOUS_RING, Duration.ofDays(1), "Early Adopters"),
            tuple("broad", Ring.CountsFrom.WINDOW_DAY, Duration.ZERO, "All Computers"));
    assertThat(plan)
        .isEqualTo(threeRings(NIGHTLY.withBlackoutDates(List.of(LocalDate.of(2025, 12, 24)))));
    assertThat(plan)
        .hasToString(
            "window PT+1d 22:00-04:00 Europe/Berlin except 2025-12-24\n"
                + "ring pilot +0d soak 48h group WSUS Pilot\n"
                + "ring early prev+3d soak 24h group Early Adopters\n"
                + "ring broad +7d soak 0 group All Computers");
    assertThat(RingPlan.parse(plan.toString())).isEqualTo(plan);
    assertThat(RingPlan.parse(text.replace("\n", "\r\n"))).isEqualTo(plan);
  }

  @Test
  void textFormErrorsNameLineTokenAndPosition() {
    assertThatThrownBy(
            () -> RingPlan.parse("window PT+1d 25:00-04:00 UTC\nring a +0d soak 0 group A"))
        .isInstanceOf(PatchWindowSpecException.class)
        .hasMessage("line 1: hour 25 is out of range 00-23 at position 14: '25:00'");
    assertThatThrownBy(
            () -> RingPlan.parse("window PT+1d 22:00-04:00 UTC\nring a 0d soak 0 group A"))
        .isInstanceOf(PatchWindowSpecException.class)
        .hasMessageContaining("line 2: malformed ring offset")
        .hasMessageContaining("at position 37: '0d'");
    assertThatThrownBy(() -> RingPlan.parse("window PT+1d 22:00-04:00 UTC\nring a +0d soak 0"))
        .hasMessageContaining("line 2: expected 'group <target group name>' after the soak");
    assertThatThrownBy(
            () -> RingPlan.parse("window PT+1d 22:00-04:00 UTC\nring a +0d for 0 group A"))
        .hasMessageContaining("line 2: expected 'soak'")
        .hasMessageContaining("'for'");
    assertThatThrownBy(
            () -> RingPlan.parse("window PT+1d 22:00-04:00 UTC\nring a +0d soak 2w group A"))
        .hasMessageContaining("line 2: malformed duration")
        .hasMessageContaining("'2w'");
    assertThatThrownBy(() -> RingPlan.parse("ring a +0d soak 0 group A"))
        .hasMessageContaining("line 1: the 'window' line must come before the rings");
    assertThatThrownBy(() -> RingPlan.parse("window PT+1d 22:00-04:00 UTC"))
        .hasMessageContaining("no 'ring' line");
    assertThatThrownBy(() -> RingPlan.parse("# nothing")).hasMessageContaining("no 'window' line");
    assertThatThrownBy(
            () -> RingPlan.parse("window PT+1d 22:00-04:00 UTC\nrings a +0d soak 0 group A"))
        .hasMessageContaining("line 2: expected 'window' or 'ring'");
    assertThatThrownBy(
            () ->
                RingPlan.parse(
                    "window PT+1d 22:00-04:00 UTC\nring a +0d soak 0 group A\nring a +3d soak 0 group B"))
        .isInstanceOf(PatchWindowSpecException.class)
        .hasMessage("line 3: ring name 'a' is used twice at position 61: 'a'");
    assertThatThrownBy(
            () ->
                RingPlan.parse(
                    "window PT+1d 22:00-04:00 UTC\nring a +0d soak 2d group A\nring b prev+1d soak 0 group B"))
        .isInstanceOf(PatchWindowSpecException.class)
        .hasMessageContaining("line 3: ring 'b' starts at PT+2d 22:00, before ring 'a' has ended")
        .hasMessageContaining("'b'");
  }

  @Test
  void singleRingPlanCoversAllComputers() {
    RingPlan plan = RingPlan.of(NIGHTLY);
    assertThat(plan.rings())
        .singleElement()
        .extracting(Ring::targetGroup)
        .isEqualTo("All Computers");
    assertThat(RingPlan.parse(plan.toString())).isEqualTo(plan);
  }
}
