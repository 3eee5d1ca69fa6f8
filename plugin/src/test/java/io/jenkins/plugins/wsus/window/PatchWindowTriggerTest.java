package io.jenkins.plugins.wsus.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.wsus.core.calendar.PatchCalendar;
import io.jenkins.plugins.wsus.core.calendar.PatchWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trigger as Jenkins drives it: one check a minute, state saved in a real file, controller
 * restarts that throw away everything in memory. Every window start fires exactly once.
 */
@Timeout(180)
class PatchWindowTriggerTest {
  /** Four rings on alternate days, 22:00-04:00 Berlin: four starts in July, four in August. */
  static final String FOUR_RINGS =
      String.join(
          "\n",
          "window PT+1d 22:00-04:00 Europe/Berlin",
          "ring pilot +0d soak 1d group Ring 1 - Pilot",
          "ring early prev+2d soak 1d group Ring 2 - Early",
          "ring broad prev+2d soak 1d group Ring 3 - Broad",
          "ring late prev+2d soak 0 group Ring 4 - Late");

  private static final String JOB = "patching/rings";

  @TempDir Path state;

  private PatchWindowTrigger trigger(String window, String ring, String catchUp) {
    PatchWindowTrigger t = new PatchWindowTrigger(window);
    t.setRing(ring);
    t.setCatchUp(catchUp);
    t.useStateDirectory(state);
    return t;
  }

  @Test
  void minuteByMinuteAcrossAMonthWithRestartsNoStartIsMissedOrDoubled() {
    Instant begin = Instant.parse("2025-07-01T00:00:00Z");
    Instant end = Instant.parse("2025-08-01T00:00:00Z");
    // A quick restart 30 s after the pilot fired, and an outage across the early ring's start
    // (Fri 11 July 20:00Z) that ends while its window is open.
    Instant restartAfterPilot = Instant.parse("2025-07-09T20:00:30Z");
    Instant outageFrom = Instant.parse("2025-07-11T19:58:00Z");
    Instant outageTo = Instant.parse("2025-07-11T20:20:00Z");

    Map<Instant, List<Instant>> firedAt = new HashMap<>();
    PatchWindowTrigger running = trigger(FOUR_RINGS, "", "");
    boolean restarted = false;
    for (Instant now = begin; !now.isAfter(end); now = now.plusSeconds(60)) {
      if (!restarted && now.isAfter(restartAfterPilot)) {
        running = trigger(FOUR_RINGS, "", ""); // reloaded from XML: nothing kept in memory
        restarted = true;
      }
      if (!now.isBefore(outageFrom) && now.isBefore(outageTo)) {
        continue;
      }
      if (now.equals(outageTo)) {
        running = trigger(FOUR_RINGS, "", "");
      }
      Instant at = now;
      running.check(
          JOB, now, w -> firedAt.computeIfAbsent(w.start(), k -> new ArrayList<>()).add(at));
    }

    List<PatchWindow> expected =
        PatchCalendar.of(WindowPlans.parse(FOUR_RINGS)).windowStartsBetween(begin, end);
    assertThat(expected)
        .extracting(PatchWindow::ring)
        .containsExactly("pilot", "early", "broad", "late");
    Map<Instant, List<Instant>> wanted = new HashMap<>();
    for (PatchWindow w : expected) {
      Instant firstCheck =
          w.start().equals(Instant.parse("2025-07-11T20:00:00Z")) ? outageTo : w.start();
      wanted.put(w.start(), List.of(firstCheck));
    }
    assertThat(firedAt).as("start -> the checks that fired it").isEqualTo(wanted);
  }

  @Test
  void aCrashRightAfterFiringDoesNotFireAgain() {
    Instant pilot = Instant.parse("2025-07-09T20:00:00Z");
    List<Instant> fired = new ArrayList<>();
    trigger(Plans.RINGS, "", "").check(JOB, pilot.minusSeconds(60), w -> fired.add(w.start()));
    trigger(Plans.RINGS, "", "").check(JOB, pilot, w -> fired.add(w.start()));
    // Crash: nothing in memory survives; the next checks come from a fresh trigger.
    PatchWindowTrigger afterCrash = trigger(Plans.RINGS, "", "");
    for (int m = 1; m <= 30; m++) {
      afterCrash.check(JOB, pilot.plusSeconds(60L * m), w -> fired.add(w.start()));
    }
    assertThat(fired).containsExactly(pilot);
  }

  @Test
  void aLongDowntimeCatchesUpAnOpenWindowOnceAndSkipsWindowsThatAreOver() {
    List<PatchWindow> fired = new ArrayList<>();
    PatchWindowTrigger before = trigger(Plans.RINGS, "", "");
    before.check(JOB, Instant.parse("2025-07-09T12:00:00Z"), fired::add);
    // Down from Wednesday noon to Saturday 21:30Z: the pilot window (Wed night) is over, the
    // broad window (Sat 20:00Z-Sun 02:00Z) is open.
    PatchWindowTrigger after = trigger(Plans.RINGS, "", "");
    after.check(JOB, Instant.parse("2025-07-12T21:30:00Z"), fired::add);
    after.check(JOB, Instant.parse("2025-07-12T21:31:00Z"), fired::add);
    assertThat(fired).extracting(PatchWindow::ring).containsExactly("broad");
  }

  @Test
  void aCatchUpLimitKeepsALateStartFromFiring() {
    List<PatchWindow> fired = new ArrayList<>();
    trigger(Plans.RINGS, "", "1h").check(JOB, Instant.parse("2025-07-12T12:00:00Z"), fired::add);
    trigger(Plans.RINGS, "", "1h").check(JOB, Instant.parse("2025-07-12T21:30:00Z"), fired::add);
    assertThat(fired).as("broad opened 90 minutes ago, limit 1h").isEmpty();
  }

  @Test
  void theStateFileIsSmallJsonNamedAfterTheJob() throws Exception {
    trigger(Plans.ONE, "", "").check(JOB, Instant.parse("2025-07-15T20:00:00Z"), w -> {});
    Path file = new TriggerStateStore(state).fileFor(JOB);
    assertThat(file.getParent()).isEqualTo(state);
    assertThat(file.getFileName().toString()).startsWith("patching_rings-").endsWith(".json");
    assertThat(Files.readString(file)).contains("\"lastCheck\" : \"2025-07-15T20:00:00Z\"");
  }

  @Test
  void anUnreadableStateFileStartsAfreshWithoutFiringRetroactively() throws Exception {
    Path file = new TriggerStateStore(state).fileFor(JOB);
    Files.createDirectories(state);
    Files.writeString(file, "{ not json");
    List<PatchWindow> fired = new ArrayList<>();
    trigger(Plans.ONE, "", "").check(JOB, Instant.parse("2025-07-15T20:30:00Z"), fired::add);
    assertThat(fired).isEmpty();
    assertThat(new TriggerStateStore(state).load(JOB))
        .contains(new WindowTriggerState(Instant.parse("2025-07-15T20:30:00Z"), null));
  }

  @Test
  void theStateIsSavedOnFiringAtLeastEveryQuarterHourAndWhenTheTriggerStops() {
    TriggerStateStore store = new TriggerStateStore(state);
    WindowTriggerCheck check =
        new WindowTriggerCheck(trigger(Plans.ONE, "", "").clock(), store, JOB);
    Instant t0 = Instant.parse("2025-07-15T19:50:00Z");
    check.check(t0, line -> {});
    for (int m = 1; m <= 5; m++) {
      check.check(t0.plusSeconds(60L * m), line -> {});
    }
    assertThat(store.load(JOB)).contains(new WindowTriggerState(t0, null));

    Instant start = Instant.parse("2025-07-15T20:00:00Z");
    assertThat(check.check(start, line -> {}).fire()).hasSize(1);
    assertThat(store.load(JOB))
        .as("saved before the build is scheduled")
        .contains(new WindowTriggerState(start, start));

    check.check(start.plusSeconds(14 * 60), line -> {});
    assertThat(store.load(JOB).orElseThrow().lastCheck()).isEqualTo(start);
    check.check(start.plusSeconds(15 * 60), line -> {});
    assertThat(store.load(JOB).orElseThrow().lastCheck()).isEqualTo(start.plusSeconds(15 * 60));

    check.check(start.plusSeconds(16 * 60), line -> {});
    check.flush(line -> {});
    assertThat(store.load(JOB).orElseThrow().lastCheck()).isEqualTo(start.plusSeconds(16 * 60));
  }

  @Test
  void onlyTheSelectedRingFires() {
    List<String> fired = new ArrayList<>();
    PatchWindowTrigger broad = trigger(Plans.RINGS, "BROAD", "");
    assertThat(broad.getRing()).isEqualTo("BROAD");
    for (Instant t = Instant.parse("2025-07-09T00:00:00Z");
        t.isBefore(Instant.parse("2025-07-14T00:00:00Z"));
        t = t.plus(Duration.ofMinutes(1))) {
      broad.check(JOB, t, w -> fired.add(w.ring()));
    }
    assertThat(fired).containsExactly("broad");
  }

  @Test
  void invalidConfigurationIsRejectedWithTheCalendarsMessage() {
    assertThatThrownBy(() -> new PatchWindowTrigger("PT+7d 25:00-04:00 Europe/Berlin"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("25:00");
    PatchWindowTrigger t = new PatchWindowTrigger(Plans.RINGS);
    assertThatThrownBy(() -> t.setRing("canary")).hasMessageContaining("no ring named 'canary'");
    assertThatThrownBy(() -> t.setCatchUp("8d")).hasMessageContaining("catch-up limit");
  }
}
