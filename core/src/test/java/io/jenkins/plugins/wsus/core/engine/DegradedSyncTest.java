package io.jenkins.plugins.wsus.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.wsus.core.evidence.SyncPath;
import io.jenkins.plugins.wsus.core.journal.EntryState;
import io.jenkins.plugins.wsus.core.journal.JournalEntry;
import io.jenkins.plugins.wsus.core.resilience.ErrorClass;
import io.jenkins.plugins.wsus.simulator.model.KnownCategories;
import io.jenkins.plugins.wsus.simulator.scenario.UpstreamScenario;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The July 2025 case against the real simulator: revisions in "Updates" fail to import; the engine
 * isolates the classification by bisection within the bound, syncs without it, and restores the
 * original set, journaling every change first.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DegradedSyncTest {

  @TempDir Path state;

  private static SyncRequest request(RestoreMode mode) {
    return SyncRequest.of(
        "wsus01", EngineHarness.fastPolicy().restoreMode(mode).build(), "degraded-test");
  }

  @Test
  void isolatesUpdatesAmongTwelveWithinTheBoundAndRestoresAtOnce() throws Exception {
    try (EngineHarness h = EngineHarness.start(state, "wsus01")) {
      h.subscribeAllTwelve("wsus01");
      Set<UUID> original = h.subscribedClassificationIds("wsus01");
      h.scenario("wsus01", UpstreamScenario.badRevision("Updates"));
      List<String> journal = new CopyOnWriteArrayList<>();
      List<String> decisions = new CopyOnWriteArrayList<>();
      SyncOutcome o =
          h.engine
              .sync(
                  request(RestoreMode.IMMEDIATELY),
                  new SyncListener() {
                    @Override
                    public void onJournalStep(String step, String detail) {
                      journal.add(step);
                    }

                    @Override
                    public void onFallbackDecision(FallbackKind kind, boolean taken, String why) {
                      decisions.add(kind + ":" + taken);
                    }
                  })
              .outcome()
              .get(60, TimeUnit.SECONDS);

      assertThat(o.result()).isEqualTo(SyncResult.SUCCEEDED);
      assertThat(o.path()).isEqualTo(SyncPath.DEGRADED);
      assertThat(o.errorClass()).isEqualTo(ErrorClass.UPSTREAM_METADATA);
      assertThat(o.quarantined())
          .extracting(QuarantinedCategory::id)
          .containsExactly(KnownCategories.UPDATES);
      assertThat(o.quarantined()).extracting(QuarantinedCategory::title).containsExactly("Updates");
      // one failed upstream sync (UPSTREAM_METADATA is not retried), then the bisection
      long extra = h.manualStarts("wsus01") - 1;
      assertThat(extra).isLessThanOrEqualTo(QuarantineBisector.boundForOne(12)); // 5
      assertThat(o.attempts()).isEqualTo((int) h.manualStarts("wsus01"));
      assertThat(decisions).containsExactly("DEGRADED_SYNC:true");
      assertThat(h.subscribedClassificationIds("wsus01")).isEqualTo(original);
      assertThat(journal).contains("PENDING", "APPLIED", "COMPLETED");
      assertThat(h.journal.read().unfinished()).isEmpty();
      assertThat(h.journal.read().entries())
          .allSatisfy(
              e -> assertThat(e.request().original().classificationIds()).isEqualTo(original));
    }
  }

  @Test
  void keepsTheQuarantineUntilTheNextHealthyFullSync() throws Exception {
    try (EngineHarness h = EngineHarness.start(state, "wsus01")) {
      h.subscribeAllTwelve("wsus01");
      Set<UUID> original = h.subscribedClassificationIds("wsus01");
      h.scenario("wsus01", UpstreamScenario.badRevision("Updates"));
      SyncOutcome degraded =
          h.engine
              .sync(request(RestoreMode.ON_NEXT_HEALTHY_SYNC), null)
              .outcome()
              .get(60, TimeUnit.SECONDS);
      assertThat(degraded.path()).isEqualTo(SyncPath.DEGRADED);
      assertThat(h.subscribedClassificationTitles("wsus01")).hasSize(11).doesNotContain("Updates");
      List<JournalEntry> open = h.journal.read().unfinished();
      assertThat(open).hasSize(1);
      assertThat(open.get(0).state()).isEqualTo(EntryState.APPLIED);

      // Microsoft fixed the revision: the next sync lifts the quarantine and syncs everything.
      h.scenario("wsus01", UpstreamScenario.healthy());
      SyncOutcome healthy =
          h.engine
              .sync(request(RestoreMode.ON_NEXT_HEALTHY_SYNC), null)
              .outcome()
              .get(60, TimeUnit.SECONDS);
      assertThat(healthy.result()).isEqualTo(SyncResult.SUCCEEDED);
      assertThat(healthy.path()).isEqualTo(SyncPath.UPSTREAM);
      assertThat(h.subscribedClassificationIds("wsus01")).isEqualTo(original);
      assertThat(h.journal.read().unfinished()).isEmpty();
    }
  }

  @Test
  void aKeptQuarantineIsProbedByTheNextSyncAndKeptWhileTheRevisionIsStillBad() throws Exception {
    try (EngineHarness h = EngineHarness.start(state, "wsus01")) {
      h.subscribeAllTwelve("wsus01");
      h.scenario("wsus01", UpstreamScenario.badRevision("Updates"));
      h.engine
          .sync(request(RestoreMode.ON_NEXT_HEALTHY_SYNC), null)
          .outcome()
          .get(60, TimeUnit.SECONDS);
      long startsAfterFirst = h.manualStarts("wsus01");
      List<String> journal = new CopyOnWriteArrayList<>();
      SyncOutcome again =
          h.engine
              .sync(
                  request(RestoreMode.ON_NEXT_HEALTHY_SYNC),
                  new SyncListener() {
                    @Override
                    public void onJournalStep(String step, String detail) {
                      journal.add(step);
                    }
                  })
              .outcome()
              .get(60, TimeUnit.SECONDS);
      // recovery lifted the quarantine (UNDONE), the full sync failed again, the bisection
      // quarantined "Updates" again
      assertThat(journal.get(0)).isEqualTo("UNDONE");
      assertThat(h.manualStarts("wsus01")).isGreaterThan(startsAfterFirst + 1);
      assertThat(again.path()).isEqualTo(SyncPath.DEGRADED);
      assertThat(h.subscribedClassificationTitles("wsus01")).hasSize(11).doesNotContain("Updates");
      assertThat(h.journal.read().quarantinesOn("wsus01")).hasSize(1);
    }
  }

  @Test
  void isolatesTwoBadClassificationsWithinTheStatedBound() throws Exception {
    try (EngineHarness h = EngineHarness.start(state, "wsus01")) {
      h.subscribeAllTwelve("wsus01");
      Set<UUID> original = h.subscribedClassificationIds("wsus01");
      h.scenario("wsus01", UpstreamScenario.badRevision("Updates", "Drivers"));
      SyncOutcome o =
          h.engine.sync(request(RestoreMode.IMMEDIATELY), null).outcome().get(60, TimeUnit.SECONDS);
      assertThat(o.path()).isEqualTo(SyncPath.DEGRADED);
      assertThat(o.quarantined())
          .extracting(QuarantinedCategory::id)
          .containsExactlyInAnyOrder(KnownCategories.UPDATES, KnownCategories.DRIVERS);
      assertThat(h.manualStarts("wsus01") - 1)
          .isLessThanOrEqualTo(QuarantineBisector.boundFor(2, 12)); // 11
      assertThat(h.subscribedClassificationIds("wsus01")).isEqualTo(original);
      assertThat(h.journal.read().unfinished()).isEmpty();
    }
  }

  @Test
  void cancelDuringTheBisectionStopsTheSyncAndRestoresTheOriginalSet() throws Exception {
    // time factor 0.05: each failing test sync runs about two seconds
    try (EngineHarness h =
        EngineHarness.start(
            state, 0.05, EngineHarness.fastSettings().build(), Duration.ofSeconds(5), "wsus01")) {
      h.subscribeAllTwelve("wsus01");
      Set<UUID> original = h.subscribedClassificationIds("wsus01");
      h.scenario("wsus01", UpstreamScenario.badRevision("Updates"));
      SyncHandle[] handle = new SyncHandle[1];
      SyncListener cancelOnSecondAttempt =
          new SyncListener() {
            @Override
            public void onAttemptStarted(int attempt, boolean attached) {
              if (attempt == 2) {
                handle[0].cancel("the build was aborted");
              }
            }
          };
      synchronized (handle) {
        handle[0] = h.engine.sync(request(RestoreMode.IMMEDIATELY), cancelOnSecondAttempt);
      }
      SyncOutcome o = handle[0].outcome().get(60, TimeUnit.SECONDS);

      assertThat(o.result()).isEqualTo(SyncResult.CANCELED);
      assertThat(h.sim("wsus01").model().events()).anyMatch(e -> e.eventId() == 385);
      assertThat(h.subscribedClassificationIds("wsus01")).isEqualTo(original);
      assertThat(h.journal.read().unfinished()).isEmpty();
      assertThat(h.engine.inFlight()).isEmpty();
    }
  }
}
