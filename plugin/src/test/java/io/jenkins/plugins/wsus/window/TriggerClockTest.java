package io.jenkins.plugins.wsus.window;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.wsus.core.calendar.PatchCalendar;
import io.jenkins.plugins.wsus.core.calendar.PatchWindow;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The trigger's rules, check by check, without Jenkins or files. */
@Timeout(30)
class TriggerClockTest {
  private static final Instant PILOT = Instant.parse("2025-07-09T20:00:00Z");
  private static final Instant BROAD = Instant.parse("2025-07-12T20:00:00Z");

  private final PatchCalendar calendar = PatchCalendar.of(WindowPlans.parse(Plans.RINGS));
  private final TriggerClock everyRing = new TriggerClock(calendar, null, null);

  @Test
  void theFirstCheckFiresNothingEvenInsideAnOpenWindow() {
    TriggerClock.Decision d = everyRing.check(null, PILOT.plusSeconds(30));
    assertThat(d.fire()).isEmpty();
    assertThat(d.next()).isEqualTo(new WindowTriggerState(PILOT.plusSeconds(30), null));
  }

  @Test
  void aStartFiresAtTheFirstCheckAtOrAfterItAndRemembersIt() {
    WindowTriggerState before = new WindowTriggerState(PILOT.minusSeconds(60), null);
    assertThat(everyRing.check(before, PILOT.minusMillis(1)).fire()).isEmpty();

    TriggerClock.Decision atStart = everyRing.check(before, PILOT);
    assertThat(atStart.fire()).extracting(PatchWindow::ring).containsExactly("pilot");
    assertThat(atStart.next()).isEqualTo(new WindowTriggerState(PILOT, PILOT));

    assertThat(everyRing.check(atStart.next(), PILOT.plusSeconds(60)).fire())
        .as("the next check does not see it again")
        .isEmpty();
  }

  @Test
  void aCheckUpToFiveMinutesLateStillFires() {
    WindowTriggerState before = new WindowTriggerState(PILOT.minusSeconds(60), null);
    assertThat(everyRing.check(before, PILOT.plus(TriggerClock.ON_TIME)).fire()).hasSize(1);
  }

  @Test
  void aRingFilterFiresOnlyThatRing() {
    TriggerClock broadOnly = new TriggerClock(calendar, "broad", null);
    WindowTriggerState july = new WindowTriggerState(Instant.parse("2025-07-01T00:00:00Z"), null);
    WindowTriggerState afterPilot = broadOnly.check(july, PILOT.plusSeconds(1)).next();
    assertThat(broadOnly.check(july, PILOT.plusSeconds(1)).fire()).isEmpty();
    assertThat(broadOnly.check(afterPilot, BROAD).fire())
        .extracting(PatchWindow::ring)
        .containsExactly("broad");
  }

  @Test
  void aClockThatGoesBackFiresNothingAndKeepsTheLaterCheck() {
    WindowTriggerState fired = new WindowTriggerState(PILOT.plusSeconds(10), PILOT);
    TriggerClock.Decision back = everyRing.check(fired, PILOT.minusSeconds(3600));
    assertThat(back.fire()).isEmpty();
    assertThat(back.next()).isEqualTo(fired);
    // Even if the saved lastCheck were older than the fired start, the start never fires twice.
    WindowTriggerState stale = new WindowTriggerState(PILOT.minusSeconds(600), PILOT);
    assertThat(everyRing.check(stale, PILOT.plusSeconds(60)).fire()).isEmpty();
  }

  @Test
  void afterAnOutageAStartFiresOnceWhileItsWindowIsStillOpen() {
    // Down from 19:00Z to 23:30Z: the pilot window (20:00Z-02:00Z) is still open.
    WindowTriggerState beforeOutage = new WindowTriggerState(PILOT.minusSeconds(3600), null);
    TriggerClock.Decision back = everyRing.check(beforeOutage, PILOT.plusSeconds(3 * 3600 + 1800));
    assertThat(back.fire()).extracting(PatchWindow::ring).containsExactly("pilot");
    assertThat(back.missed()).isEmpty();
    assertThat(everyRing.check(back.next(), PILOT.plusSeconds(4 * 3600)).fire()).isEmpty();
  }

  @Test
  void afterAnOutageAWindowThatIsOverNeverFires() {
    // Down from 19:00Z to 03:00Z next day: the pilot window closed at 02:00Z.
    WindowTriggerState beforeOutage = new WindowTriggerState(PILOT.minusSeconds(3600), null);
    TriggerClock.Decision back = everyRing.check(beforeOutage, PILOT.plusSeconds(7 * 3600));
    assertThat(back.fire()).isEmpty();
    assertThat(back.missed()).extracting(PatchWindow::ring).containsExactly("pilot");
    assertThat(back.next().lastFiredStart()).isNull();
  }

  @Test
  void aCatchUpLimitBoundsHowLateAMissedStartMayFire() {
    TriggerClock oneHour = new TriggerClock(calendar, null, Duration.ofHours(1));
    WindowTriggerState beforeOutage = new WindowTriggerState(PILOT.minusSeconds(3600), null);
    assertThat(oneHour.check(beforeOutage, PILOT.plusSeconds(50 * 60)).fire()).hasSize(1);
    TriggerClock.Decision late = oneHour.check(beforeOutage, PILOT.plusSeconds(2 * 3600));
    assertThat(late.fire()).as("window open, but started 2h ago").isEmpty();
    assertThat(late.missed()).hasSize(1);
  }

  @Test
  void aVeryLongOutageLooksBackOnlyAsFarAsAWindowCanStayOpen() {
    WindowTriggerState years = new WindowTriggerState(Instant.parse("2015-01-01T00:00:00Z"), null);
    TriggerClock.Decision back = everyRing.check(years, PILOT.plusSeconds(60));
    assertThat(back.fire()).extracting(PatchWindow::start).containsExactly(PILOT);
    assertThat(back.missed()).allMatch(w -> w.start().isAfter(PILOT.minus(TriggerClock.LOOK_BACK)));
  }
}
