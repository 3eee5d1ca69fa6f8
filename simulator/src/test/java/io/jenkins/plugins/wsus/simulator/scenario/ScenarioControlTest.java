package io.jenkins.plugins.wsus.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ScenarioControlTest {

  private final Clock clock = Clock.fixed(Instant.parse("2025-07-09T06:00:00Z"), ZoneOffset.UTC);

  @Test
  void timeFactorScalesNominalDurations() {
    TimeScale t = new TimeScale(0.001, clock);
    assertThat(t.scale(Duration.ofMinutes(10))).isEqualTo(Duration.ofMillis(600));
    assertThat(t.scale(Duration.ofNanos(1))).isEqualTo(Duration.ofMillis(1));
    assertThat(t.scale(Duration.ZERO)).isZero();
  }

  @Test
  void outageWindowsAreRelativeToStartAndScaled() {
    TimeScale t = new TimeScale(0.01, clock);
    ScenarioControl s = new ScenarioControl(UpstreamScenario.healthy(), t);
    s.addOutage(UpstreamScenario.timingOut(), Duration.ofHours(1), Duration.ofHours(2));
    Instant start = t.start();
    assertThat(s.at(start.plusSeconds(35)).kind()).isEqualTo(UpstreamScenario.Kind.HEALTHY);
    assertThat(s.at(start.plusSeconds(36)).kind()).isEqualTo(UpstreamScenario.Kind.TIMING_OUT);
    assertThat(s.at(start.plusSeconds(71)).kind()).isEqualTo(UpstreamScenario.Kind.TIMING_OUT);
    assertThat(s.at(start.plusSeconds(72)).kind()).isEqualTo(UpstreamScenario.Kind.HEALTHY);
  }

  @Test
  void badScenarioParametersAreRefused() {
    assertThatThrownBy(() -> UpstreamScenario.flaky(1.5, 1)).hasMessageContaining("[0, 1]");
    assertThatThrownBy(() -> UpstreamScenario.badRevision())
        .hasMessageContaining("at least one classification");
    assertThatThrownBy(() -> new TimeScale(0, clock)).hasMessageContaining("> 0");
  }
}
