package io.jenkins.plugins.wsus.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.jenkins.plugins.wsus.core.evidence.RunRecord;
import io.jenkins.plugins.wsus.core.evidence.SyncPath;
import io.jenkins.plugins.wsus.core.model.SyncProgress;
import io.jenkins.plugins.wsus.simulator.scenario.UpstreamScenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** One request in, one outcome out; single flight per server; attach to a running sync. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SyncEngineFlightTest {

  @TempDir Path state;

  @Test
  void happyPathSucceedsUpstreamWithResultFromTheEventHistory() throws Exception {
    try (EngineHarness h = EngineHarness.start(state, "wsus01")) {
      List<SyncProgress> progress = new CopyOnWriteArrayList<>();
      List<String> lines = new CopyOnWriteArrayList<>();
      SyncListener listener =
          new SyncListener() {
            @Override
            public void onProgress(SyncProgress p) {
              progress.add(p);
            }

            @Override
            public void onMessage(String line) {
              lines.add(line);
            }
          };
      SyncHandle handle =
          h.engine.sync(
              SyncRequest.of("wsus01", EngineHarness.fastPolicy().build(), "test"), listener);
      SyncOutcome o = handle.outcome().get(60, TimeUnit.SECONDS);

      assertThat(o.result()).isEqualTo(SyncResult.SUCCEEDED);
      assertThat(o.path()).isEqualTo(SyncPath.UPSTREAM);
      assertThat(o.attempts()).isEqualTo(1);
      assertThat(o.errorClass()).isNull();
      assertThat(o.runId()).isEqualTo(handle.runId());
      assertThat(h.manualStarts("wsus01")).isEqualTo(1);
      assertThat(h.sim("wsus01").model().lastResult())
          .get()
          .extracting(r -> r.outcome().name())
          .isEqualTo("SUCCEEDED");
      assertThat(lines).anyMatch(l -> l.contains("started a sync"));
      assertThat(h.engine.inFlight()).isEmpty();

      ObjectMapper json =
          new ObjectMapper()
              .registerModule(new JavaTimeModule())
              .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
      SyncOutcome back = json.readValue(json.writeValueAsString(o), SyncOutcome.class);
      assertThat(back).isEqualTo(o);

      // evidence: JSON + HTML written, the outcome points at the JSON
      assertThat(o.evidence()).isNotNull();
      assertThat(Path.of(o.evidence())).exists();
      RunRecord record = h.evidence.load(o.runId());
      assertThat(record.succeeded()).isTrue();
      assertThat(record.path()).isEqualTo(SyncPath.UPSTREAM);
      assertThat(record.events()).extracting(e -> e.type().name()).contains("ATTEMPT", "OUTCOME");
      assertThat(h.evidence.pathsOf(o.runId()).html()).exists();
      // health: a fresh snapshot with the success
      assertThat(h.health.load("wsus01"))
          .get()
          .satisfies(
              hs -> {
                assertThat(hs.lastResult().name()).isEqualTo("SUCCEEDED");
                assertThat(hs.consecutiveFailures()).isZero();
              });
    }
  }

  @Test
  void attachesToASyncAlreadyRunningOnTheServer() throws Exception {
    // time factor 0.05: a healthy sync of 12 classifications runs about 3.6 s
    try (EngineHarness h =
        EngineHarness.start(
            state,
            0.05,
            EngineHarness.fastSettings().build(),
            java.time.Duration.ofSeconds(5),
            "wsus01")) {
      h.subscribeAllTwelve("wsus01");
      h.sim("wsus01").model().startSync(false); // someone else (the console) started it
      List<Boolean> attachedFlags = new CopyOnWriteArrayList<>();
      SyncOutcome o =
          h.engine
              .sync(
                  SyncRequest.of("wsus01", EngineHarness.fastPolicy().build(), "test"),
                  new SyncListener() {
                    @Override
                    public void onAttemptStarted(int attempt, boolean attached) {
                      attachedFlags.add(attached);
                    }
                  })
              .outcome()
              .get(60, TimeUnit.SECONDS);

      assertThat(o.result()).isEqualTo(SyncResult.SUCCEEDED);
      assertThat(attachedFlags).containsExactly(true);
      assertThat(h.manualStarts("wsus01")).isEqualTo(1); // only the console's start
    }
  }

  @Test
  void tenConcurrentRequestsForOneServerStartOneSyncAndShareItsOutcome() throws Exception {
    try (EngineHarness h =
        EngineHarness.start(
            state,
            0.01,
            EngineHarness.fastSettings().build(),
            java.time.Duration.ofSeconds(5),
            "wsus01")) {
      List<SyncHandle> handles = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        handles.add(
            h.engine.sync(
                SyncRequest.of("wsus01", EngineHarness.fastPolicy().build(), "caller-" + i), null));
      }
      List<SyncOutcome> outcomes = new ArrayList<>();
      for (SyncHandle handle : handles) {
        outcomes.add(handle.outcome().get(60, TimeUnit.SECONDS));
      }
      assertThat(h.manualStarts("wsus01")).isEqualTo(1);
      assertThat(outcomes).allMatch(o -> o.equals(outcomes.get(0)));
      assertThat(outcomes.get(0).result()).isEqualTo(SyncResult.SUCCEEDED);
      assertThat(handles.stream().filter(SyncHandle::attached).count()).isEqualTo(9);
    }
  }

  @Test
  void hundredConcurrentRequestsOnTwentyServersStartTwentySyncs() throws Exception {
    String[] servers = new String[20];
    for (int i = 0; i < servers.length; i++) {
      servers[i] = "wsus" + i;
    }
    try (EngineHarness h =
        EngineHarness.start(
            state,
            0.01,
            EngineHarness.fastSettings().build(),
            java.time.Duration.ofSeconds(10),
            servers)) {
      List<CompletableFuture<SyncOutcome>> all = new ArrayList<>();
      for (int round = 0; round < 5; round++) {
        for (String s : servers) {
          all.add(
              h.engine
                  .sync(SyncRequest.of(s, EngineHarness.fastPolicy().build(), "r" + round), null)
                  .outcome());
        }
      }
      CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(100, TimeUnit.SECONDS);
      long starts = 0;
      for (String s : servers) {
        starts += h.manualStarts(s);
      }
      assertThat(starts).isEqualTo(20);
      assertThat(all).allMatch(f -> f.join().result() == SyncResult.SUCCEEDED);
    }
  }

  @Test
  void retriesAFlakyUpstreamUntilItSucceedsAndLogsEachRetry() throws Exception {
    try (EngineHarness h =
        EngineHarness.start(
            state,
            0.001,
            EngineHarness.fastSettings().retryMaxAttempts(6).build(),
            java.time.Duration.ofSeconds(5),
            "wsus01")) {
      // with this seed the simulator's syncs go: fail, fail, succeed (the sequence is fixed)
      h.scenario("wsus01", UpstreamScenario.flaky(0.6, 1000010));
      List<io.jenkins.plugins.wsus.core.resilience.RetryNotice> retries =
          new CopyOnWriteArrayList<>();
      SyncOutcome o =
          h.engine
              .sync(
                  SyncRequest.of("wsus01", EngineHarness.fastPolicy().build(), "test"),
                  new SyncListener() {
                    @Override
                    public void onRetry(io.jenkins.plugins.wsus.core.resilience.RetryNotice n) {
                      retries.add(n);
                    }
                  })
              .outcome()
              .get(60, TimeUnit.SECONDS);
      long starts = h.manualStarts("wsus01");
      assertThat(o.attempts()).isEqualTo((int) starts);
      if (o.result() == SyncResult.SUCCEEDED) {
        assertThat(retries).hasSize(o.attempts() - 1);
      }
      assertThat(starts).isEqualTo(3);
      assertThat(retries).hasSize(2);
      assertThat(retries)
          .allSatisfy(
              n -> {
                assertThat(n.classification().errorClass().name()).isEqualTo("TRANSIENT_NETWORK");
                assertThat(n.givingUp() || n.delay().toMillis() > 0).isTrue();
              });
      assertThat(o.result()).isEqualTo(SyncResult.SUCCEEDED);
    }
  }
}
