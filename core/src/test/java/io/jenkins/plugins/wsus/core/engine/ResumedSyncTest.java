package io.jenkins.plugins.wsus.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.wsus.core.evidence.EvidenceEvent;
import io.jenkins.plugins.wsus.simulator.scenario.UpstreamScenario;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A request resumed after its host restarted: the sync it asked for may have finished on the server
 * while the host was down; that result is adopted rather than a second sync run.
 */
@Timeout(120)
class ResumedSyncTest {
  @TempDir Path state;

  @Test
  void aSyncThatFinishedWhileTheHostWasDownIsAdoptedNotRunAgain() throws Exception {
    try (EngineHarness h = EngineHarness.start(state, "wsus01")) {
      Instant firstMade = Instant.now();
      finishASyncOnTheServer(h); // what the request had started before the host went down
      long starts = h.manualStarts("wsus01");

      SyncOutcome o = resumed(h, firstMade);

      assertThat(o.result()).isEqualTo(SyncResult.SUCCEEDED);
      assertThat(h.manualStarts("wsus01")).isEqualTo(starts);
      assertThat(h.evidence.load(o.runId()).events())
          .extracting(EvidenceEvent::message)
          .anyMatch(
              m -> m.contains("adopted the sync that finished on wsus01 while the host was down"));
    }
  }

  @Test
  void withNoSyncSinceTheRequestWasMadeAResumedRequestStartsOne() throws Exception {
    try (EngineHarness h = EngineHarness.start(state, "wsus01")) {
      finishASyncOnTheServer(h); // before the request: not the one it asked for
      // Made well after that sync ended (beyond the policy's clock skew), without waiting for it.
      Instant firstMade = Instant.now().plus(Duration.ofSeconds(2));
      long starts = h.manualStarts("wsus01");

      SyncOutcome o = resumed(h, firstMade);

      assertThat(o.result()).isEqualTo(SyncResult.SUCCEEDED);
      assertThat(h.manualStarts("wsus01")).isEqualTo(starts + 1);
    }
  }

  @Test
  void anAdoptedFailureIsRetriedByThePolicyLikeAnyOther() throws Exception {
    try (EngineHarness h = EngineHarness.start(state, "wsus01")) {
      Instant firstMade = Instant.now();
      h.scenario("wsus01", UpstreamScenario.unreachable());
      finishASyncOnTheServer(h);
      h.scenario("wsus01", UpstreamScenario.healthy());
      long starts = h.manualStarts("wsus01");

      SyncOutcome o = resumed(h, firstMade);

      assertThat(o.result()).isEqualTo(SyncResult.SUCCEEDED);
      assertThat(o.attempts()).isEqualTo(2);
      assertThat(h.manualStarts("wsus01")).isEqualTo(starts + 1);
    }
  }

  private static void finishASyncOnTheServer(EngineHarness h) throws InterruptedException {
    h.sim("wsus01").model().startSync(false);
    assertThat(h.sim("wsus01").model().awaitIdle(Duration.ofSeconds(30))).isTrue();
  }

  private static SyncOutcome resumed(EngineHarness h, Instant firstMade) throws Exception {
    SyncRequest request =
        SyncRequest.of("wsus01", EngineHarness.fastPolicy().build(), "test")
            .resumedSince(firstMade);
    return h.engine.sync(request, null).outcome().get(60, TimeUnit.SECONDS);
  }
}
