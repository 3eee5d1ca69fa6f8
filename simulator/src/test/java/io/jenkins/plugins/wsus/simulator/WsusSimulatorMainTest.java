package io.jenkins.plugins.wsus.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.wsus.simulator.scenario.UpstreamScenario;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class WsusSimulatorMainTest {

  @Test
  void parsesOptions() {
    SimulatorOptions o =
        WsusSimulatorMain.parse(
            new String[] {
              "--http-port",
              "0",
              "--time-factor",
              "0.01",
              "--scenario",
              "bad-revision:Updates,Drivers",
              "--replica",
              "--no-https"
            });
    assertThat(o.timeFactor()).isEqualTo(0.01);
    assertThat(o.initialScenario()).isEqualTo(UpstreamScenario.badRevision("Updates", "Drivers"));
    assertThat(o.replicaMode()).isTrue();
    assertThat(o.httpsEnabled()).isFalse();
  }

  @Test
  void rejectsUnknownOptionsAndBadNumbers() {
    assertThatThrownBy(() -> WsusSimulatorMain.parse(new String[] {"--bogus"}))
        .hasMessageContaining("unknown option --bogus");
    assertThatThrownBy(() -> WsusSimulatorMain.parse(new String[] {"--http-port", "x"}))
        .hasMessageContaining("--http-port needs a number, got 'x'");
    assertThatThrownBy(() -> WsusSimulatorMain.parse(new String[] {"--scenario", "sunny"}))
        .hasMessageContaining("Unknown scenario 'sunny'");
  }

  @Test
  void printsUrlsAndAccountsButNoPasswords() {
    try (WsusSimulator sim =
        WsusSimulator.start(SimulatorOptions.builder().withoutWsdl().https(false).build())) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      WsusSimulatorMain.printUrls(sim, new PrintStream(out, true, StandardCharsets.UTF_8));
      String text = out.toString(StandardCharsets.UTF_8);
      assertThat(text)
          .contains(sim.wsusUrl())
          .contains(sim.controlUrl())
          .contains("CORP\\wsusadmin");
      assertThat(text).doesNotContain("Passw0rd!");
    }
  }
}
