package io.jenkins.plugins.wsus.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A trigger checks every minute and asks for the windows that started in {@code (lastCheck, now]}.
 * Over whole months, including daylight-saving changes, every window start must fire exactly once,
 * at the first check at or after it.
 */
@Timeout(120)
class WindowStartTriggerTest {

  /** 20 rings on consecutive days at 02:30 Berlin (the hour that is skipped and repeated). */
  static RingPlan dailyAtHalfPastTwo() {
    RingPlan.Builder builder =
        RingPlan.builder(PatchWindowSpec.parse("PT+1d 02:30+20m Europe/Berlin"))
            .afterWindowDay("r0", 0, Duration.ZERO, "Ring 0");
    for (int i = 1; i < RingPlan.MAX_RINGS; i++) {
      builder.afterPreviousRing("r" + i, 1, Duration.ZERO, "Ring " + i);
    }
    return builder.build();
  }

  @Test
  void everyStartFiresOnceOverTheAutumnChangeMonth() {
    // October 2025 release: PT Oct 14, rings on Oct 15 .. Nov 3; Oct 26 02:30 is ambiguous.
    Map<Instant, Integer> fired =
        checkEveryMinute(
            PatchCalendar.of(dailyAtHalfPastTwo()),
            Instant.parse("2025-10-01T00:00:00Z"),
            Instant.parse("2025-11-05T00:00:00Z"));
    assertExactlyOnce(
        fired, Instant.parse("2025-10-01T00:00:00Z"), Instant.parse("2025-11-05T00:00:00Z"));
    // The first 02:30 (CEST) counts; the repeated 02:30 (CET, 01:30Z) fires nothing.
    assertThat(fired).containsEntry(Instant.parse("2025-10-26T00:30:00Z"), 1);
    assertThat(fired).doesNotContainKey(Instant.parse("2025-10-26T01:30:00Z"));
    assertThat(fired).hasSize(20);
  }

  @Test
  void everyStartFiresOnceOverTheSpringChangeMonth() {
    // March 2026 release: PT Mar 10, rings on Mar 11 .. Mar 30; Mar 29 02:30 does not exist.
    Map<Instant, Integer> fired =
        checkEveryMinute(
            PatchCalendar.of(dailyAtHalfPastTwo()),
            Instant.parse("2026-03-01T00:00:00Z"),
            Instant.parse("2026-04-01T00:00:00Z"));
    assertExactlyOnce(
        fired, Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"));
    // Moved forward by the gap to 03:30 CEST = 01:30Z.
    assertThat(fired).containsEntry(Instant.parse("2026-03-29T01:30:00Z"), 1);
    // Plus February's last two rings (PT Feb 10 + 19 and + 20 = Mar 1 and Mar 2).
    assertThat(fired).hasSize(22);
    assertThat(fired).containsKey(Instant.parse("2026-03-02T01:30:00Z"));
  }

  @Test
  void irregularChecksAndRestartsNeitherMissNorDouble() {
    // A Jenkins restart reloads the plan from its text and continues from the persisted last
    // check; checks come every 1 to 7 minutes, sometimes after an hour-long outage.
    String saved =
        RingPlanTest.threeRings(PatchWindowSpec.parse("PT-1d 23:59-00:29 America/New_York"))
            .toString();
    Instant begin = Instant.parse("2025-01-01T00:00:00Z");
    Instant finish = Instant.parse("2026-01-01T00:00:00Z");
    Random random = new Random(7);
    PatchCalendar calendar = PatchCalendar.of(RingPlan.parse(saved));
    Map<Instant, Integer> fired = new HashMap<>();
    Instant lastCheck = begin;
    while (lastCheck.isBefore(finish)) {
      int step = random.nextInt(100) == 0 ? 60 + random.nextInt(60) : 1 + random.nextInt(7);
      Instant now = lastCheck.plusSeconds(60L * step + random.nextInt(60));
      if (now.isAfter(finish)) {
        now = finish;
      }
      if (random.nextInt(500) == 0) {
        calendar = PatchCalendar.of(RingPlan.parse(saved));
      }
      for (PatchWindow window : calendar.windowStartsBetween(lastCheck, now)) {
        fired.merge(window.start(), 1, Integer::sum);
      }
      lastCheck = now;
    }
    assertExactlyOnceIn(calendar, fired, begin, finish);
    assertThat(fired).hasSize(36);
  }

  private static Map<Instant, Integer> checkEveryMinute(
      PatchCalendar calendar, Instant begin, Instant finish) {
    Map<Instant, Integer> fired = new HashMap<>();
    Instant lastCheck = begin;
    for (Instant now = begin.plusSeconds(60); !now.isAfter(finish); now = now.plusSeconds(60)) {
      for (PatchWindow window : calendar.windowStartsBetween(lastCheck, now)) {
        fired.merge(window.start(), 1, Integer::sum);
        // Fired at the first check at or after the start, not later.
        assertThat(Duration.between(window.start(), now)).isLessThan(Duration.ofMinutes(1));
      }
      lastCheck = now;
    }
    return fired;
  }

  private static void assertExactlyOnce(
      Map<Instant, Integer> fired, Instant begin, Instant finish) {
    assertExactlyOnceIn(PatchCalendar.of(dailyAtHalfPastTwo()), fired, begin, finish);
  }

  /** Compares with the windows listed release by release. */
  private static void assertExactlyOnceIn(
      PatchCalendar calendar, Map<Instant, Integer> fired, Instant begin, Instant finish) {
    List<Instant> expected = new ArrayList<>();
    for (YearMonth m = YearMonth.from(begin.atZone(java.time.ZoneOffset.UTC)).minusMonths(2);
        !m.isAfter(YearMonth.from(finish.atZone(java.time.ZoneOffset.UTC)).plusMonths(2));
        m = m.plusMonths(1)) {
      for (PatchWindow window : calendar.windowsFor(m)) {
        if (window.start().isAfter(begin) && !window.start().isAfter(finish)) {
          expected.add(window.start());
        }
      }
    }
    assertThat(fired.keySet()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(fired.values()).allMatch(count -> count == 1);
  }
}
