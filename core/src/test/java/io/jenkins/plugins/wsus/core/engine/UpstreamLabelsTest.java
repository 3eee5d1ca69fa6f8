package io.jenkins.plugins.wsus.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.wsus.core.model.ServerConfiguration;
import io.jenkins.plugins.wsus.core.resilience.BreakerState;
import io.jenkins.plugins.wsus.simulator.scenario.UpstreamScenario;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code auto} upstream labels: read from each server's configuration, shared by the same ones. */
@Timeout(120)
class UpstreamLabelsTest {
  @TempDir Path state;

  @Test
  void labelsNameMicrosoftUpdateOrTheUpstreamServerAndPort() {
    assertThat(UpstreamLabels.of(config(true, "", 80))).isEqualTo("microsoft-update");
    assertThat(UpstreamLabels.of(config(false, " WSUS-HQ.corp.example ", 8531)))
        .isEqualTo("wsus:wsus-hq.corp.example:8531");
    assertThat(UpstreamLabels.of(config(false, "", 8530))).isNull();
  }

  @Test
  void twoServersBehindMicrosoftUpdateShareOneBreakerWithoutALabel() throws Exception {
    try (EngineHarness h =
        EngineHarness.startWithBreakerOpeningAfterTwoSyncs(state, "wsus01", "wsus02")) {
      h.scenario("wsus01", UpstreamScenario.unreachable());
      SyncOutcome first = auto(h, "wsus01");
      assertThat(first.succeeded()).isFalse();
      assertThat(h.engine.resilience().breakerStates())
          .containsEntry("upstream:microsoft-update", BreakerState.OPEN);

      // wsus02's upstream answers, but it is the same upstream: the shared breaker decides first.
      SyncOutcome second = auto(h, "wsus02");
      assertThat(second.result()).isEqualTo(SyncResult.REJECTED);
      assertThat(h.manualStarts("wsus02")).isZero();
      assertThat(h.engine.upstreamLabel("wsus02", SyncRequest.AUTO_UPSTREAM))
          .contains("microsoft-update");
      assertThat(h.evidence.load(second.runId()).request())
          .containsEntry("upstream", "microsoft-update");
    }
  }

  @Test
  void aDownstreamServerGetsItsUpstreamServersBreakerNotMicrosoftUpdates() throws Exception {
    try (EngineHarness h = EngineHarness.start(state, "wsus01", "branch")) {
      var sim = h.sim("branch").model();
      var c = sim.configuration();
      sim.setConfiguration(
          new io.jenkins.plugins.wsus.simulator.model.ServerConfiguration(
              c.serverId(),
              false,
              "wsus01.corp.example",
              8530,
              false,
              false,
              c.useProxy(),
              c.proxyName(),
              c.proxyServerPort(),
              c.muUrl(),
              c.subscriptionFailureNumberOfRetries(),
              c.subscriptionFailureWaitBetweenRetriesTime()));

      assertThat(auto(h, "branch").succeeded()).isTrue();
      assertThat(auto(h, "wsus01").succeeded()).isTrue();

      Map<String, BreakerState> breakers = h.engine.resilience().breakerStates();
      assertThat(breakers).containsKeys("upstream:wsus:wsus01.corp.example:8530");
      assertThat(breakers).containsKey("upstream:microsoft-update");
      assertThat(h.engine.upstreamLabel("branch", SyncRequest.AUTO_UPSTREAM))
          .contains("wsus:wsus01.corp.example:8530");
      // A label set by hand is taken as it is.
      assertThat(h.engine.upstreamLabel("branch", "by-hand")).contains("by-hand");
    }
  }

  private static SyncOutcome auto(EngineHarness h, String server) throws Exception {
    return h.engine
        .sync(
            new SyncRequest(
                server,
                SyncRequest.AUTO_UPSTREAM,
                EngineHarness.fastPolicy().build(),
                null,
                "test"),
            null)
        .outcome()
        .get(60, TimeUnit.SECONDS);
  }

  private static ServerConfiguration config(boolean mu, String upstream, int port) {
    return new ServerConfiguration(
        mu, upstream, port, false, false, false, null, 0, null, 2, 0, null);
  }
}
