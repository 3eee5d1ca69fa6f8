package io.jenkins.plugins.wsus.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.wsus.core.evidence.RunRecord;
import io.jenkins.plugins.wsus.core.evidence.SyncPath;
import io.jenkins.plugins.wsus.core.resilience.BreakerState;
import io.jenkins.plugins.wsus.core.resilience.ErrorClass;
import io.jenkins.plugins.wsus.core.resilience.Resilience;
import io.jenkins.plugins.wsus.core.resilience.RetryNotice;
import io.jenkins.plugins.wsus.simulator.scenario.UpstreamScenario;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Breaker, fallback decision, stall, overall timeout and cancellation against the simulator. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SyncEngineResilienceTest {

  @TempDir Path state;

  private static final class Recorder implements SyncListener {
    final List<String> decisions = new CopyOnWriteArrayList<>();
    final List<RetryNotice> retries = new CopyOnWriteArrayList<>();
    final List<String> breakers = new CopyOnWriteArrayList<>();

    @Override
    public void onFallbackDecision(FallbackKind kind, boolean taken, String why) {
      decisions.add(kind + ":" + taken + ":" + why);
    }

    @Override
    public void onRetry(RetryNotice notice) {
      retries.add(notice);
    }

    @Override
    public void onBreakerTransition(io.jenkins.plugins.wsus.core.resilience.BreakerTransition t) {
      breakers.add(t.name() + ":" + t.to());
    }
  }

  @Test
  void unreachableUpstreamOpensTheBreakerAndLaterRequestsAreRejectedWithADecision()
      throws Exception {
    try (EngineHarness h = EngineHarness.startWithBreakerOpeningAfterTwoSyncs(state, "wsus01")) {
      h.scenario("wsus01", UpstreamScenario.unreachable());
      Recorder first = new Recorder();
      SyncOutcome o1 =
          h.engine
              .sync(SyncRequest.of("wsus01", EngineHarness.fastPolicy().build(), "t1"), first)
              .outcome()
              .get(60, TimeUnit.SECONDS);
      // two failing syncs open the breaker; the third attempt is rejected, not retried
      assertThat(o1.result()).isEqualTo(SyncResult.REJECTED);
      assertThat(o1.errorClass()).isEqualTo(ErrorClass.UPSTREAM_UNAVAILABLE);
      assertThat(h.manualStarts("wsus01")).isEqualTo(2);
      assertThat(first.retries)
          .anyMatch(
              n ->
                  !n.givingUp()
                      && n.classification().errorClass().name().equals("TRANSIENT_NETWORK"));
      assertThat(first.breakers)
          .contains(Resilience.upstream(SyncRequest.DEFAULT_UPSTREAM) + ":OPEN");
      assertThat(h.engine.resilience().breakerStates())
          .containsEntry(Resilience.upstream(SyncRequest.DEFAULT_UPSTREAM), BreakerState.OPEN);

      Recorder second = new Recorder();
      SyncOutcome o2 =
          h.engine
              .sync(SyncRequest.of("wsus01", EngineHarness.fastPolicy().build(), "t2"), second)
              .outcome()
              .get(60, TimeUnit.SECONDS);
      assertThat(o2.result()).isEqualTo(SyncResult.REJECTED);
      assertThat(o2.attempts()).isZero();
      assertThat(h.manualStarts("wsus01")).isEqualTo(2); // nothing reached the server's upstream
      assertThat(second.decisions)
          .singleElement()
          .asString()
          .startsWith("DEGRADED_SYNC:false:the upstream circuit breaker is open");
      RunRecord record = h.evidence.load(o2.runId());
      assertThat(record.events()).anyMatch(e -> e.type().name().equals("FALLBACK_DECISION"));
      assertThat(record.path()).isEqualTo(SyncPath.NONE);
    }
  }

  @Test
  void retriesStopAtTheMaximumTotalTime() throws Exception {
    try (EngineHarness h =
        EngineHarness.start(
            state,
            0.001,
            EngineHarness.fastSettings()
                .retryMaxAttempts(50)
                .retryInitialBackoff(Duration.ofMillis(100))
                .retryMaxBackoff(Duration.ofMillis(100))
                .retryRandomizationFactor(0)
                .retryMaxTotalTime(Duration.ofMillis(300))
                .build(),
            Duration.ofSeconds(5),
            "wsus01")) {
      h.scenario("wsus01", UpstreamScenario.unreachable());
      Recorder r = new Recorder();
      SyncOutcome o =
          h.engine
              .sync(SyncRequest.of("wsus01", EngineHarness.fastPolicy().build(), "t"), r)
              .outcome()
              .get(60, TimeUnit.SECONDS);
      assertThat(o.result()).isEqualTo(SyncResult.FAILED);
      assertThat(o.attempts()).isBetween(2, 10);
      assertThat(r.retries.get(r.retries.size() - 1).detail()).contains("retryMaxTotalTime");
    }
  }

  @Test
  void aStalledSyncIsStoppedAndClassified() throws Exception {
    // TIMING_OUT: the sync shows no progress for 10 nominal minutes (6 s at 0.01)
    try (EngineHarness h =
        EngineHarness.start(
            state,
            0.01,
            EngineHarness.fastSettings().retryMaxAttempts(1).build(),
            Duration.ofSeconds(5),
            "wsus01")) {
      h.scenario("wsus01", UpstreamScenario.timingOut());
      SyncOutcome o =
          h.engine
              .sync(
                  SyncRequest.of(
                      "wsus01",
                      EngineHarness.fastPolicy().stallTimeout(Duration.ofMillis(300)).build(),
                      "t"),
                  null)
              .outcome()
              .get(60, TimeUnit.SECONDS);
      assertThat(o.result()).isEqualTo(SyncResult.FAILED);
      assertThat(o.errorClass()).isEqualTo(ErrorClass.UPSTREAM_UNAVAILABLE);
      assertThat(o.errorText()).contains("no progress");
      // StopSubscription reached the server: it ended the sync as canceled (385)
      assertThat(h.sim("wsus01").model().events()).anyMatch(e -> e.eventId() == 385);
      assertThat(h.sim("wsus01").model().progress().status()).isZero();
    }
  }

  @Test
  void theOverallTimeoutStopsTheSync() throws Exception {
    // a healthy sync of 12 classifications runs about 7 s at 0.1
    try (EngineHarness h =
        EngineHarness.start(
            state, 0.1, EngineHarness.fastSettings().build(), Duration.ofSeconds(5), "wsus01")) {
      h.subscribeAllTwelve("wsus01");
      SyncOutcome o =
          h.engine
              .sync(
                  SyncRequest.of(
                      "wsus01",
                      EngineHarness.fastPolicy().overallTimeout(Duration.ofMillis(500)).build(),
                      "t"),
                  null)
              .outcome()
              .get(60, TimeUnit.SECONDS);
      assertThat(o.result()).isEqualTo(SyncResult.TIMED_OUT);
      assertThat(o.errorText()).contains("overall timeout");
      assertThat(h.sim("wsus01").model().events()).anyMatch(e -> e.eventId() == 385);
    }
  }

  @Test
  void cancelStopsTheSyncAndEndsCanceled() throws Exception {
    try (EngineHarness h =
        EngineHarness.start(
            state, 0.1, EngineHarness.fastSettings().build(), Duration.ofSeconds(5), "wsus01")) {
      h.subscribeAllTwelve("wsus01");
      SyncHandle[] handle = new SyncHandle[1];
      SyncListener cancelOnProgress =
          new SyncListener() {
            @Override
            public void onProgress(io.jenkins.plugins.wsus.core.model.SyncProgress p) {
              synchronized (handle) {
                handle[0].cancel("aborted by the user");
              }
            }
          };
      synchronized (handle) {
        handle[0] =
            h.engine.sync(
                SyncRequest.of("wsus01", EngineHarness.fastPolicy().build(), "t"),
                cancelOnProgress);
      }
      SyncOutcome o = handle[0].outcome().get(60, TimeUnit.SECONDS);
      assertThat(o.result()).isEqualTo(SyncResult.CANCELED);
      assertThat(h.sim("wsus01").model().events()).anyMatch(e -> e.eventId() == 385);
      assertThat(h.engine.inFlight()).isEmpty();
    }
  }

  @Test
  void oneCallerAbortingAloneLeavesTheSharedSyncRunning() throws Exception {
    try (EngineHarness h =
        EngineHarness.start(
            state, 0.01, EngineHarness.fastSettings().build(), Duration.ofSeconds(5), "wsus01")) {
      SyncHandle a =
          h.engine.sync(SyncRequest.of("wsus01", EngineHarness.fastPolicy().build(), "a"), null);
      SyncHandle b =
          h.engine.sync(SyncRequest.of("wsus01", EngineHarness.fastPolicy().build(), "b"), null);
      b.cancel("b lost interest");
      assertThat(b.outcome().get(10, TimeUnit.SECONDS).result()).isEqualTo(SyncResult.CANCELED);
      SyncOutcome o = a.outcome().get(60, TimeUnit.SECONDS);
      assertThat(o.result()).isEqualTo(SyncResult.SUCCEEDED);
      assertThat(h.sim("wsus01").model().events()).noneMatch(e -> e.eventId() == 385);
    }
  }
}
