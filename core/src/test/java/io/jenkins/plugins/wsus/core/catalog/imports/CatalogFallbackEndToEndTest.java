package io.jenkins.plugins.wsus.core.catalog.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.wsus.core.catalog.CatalogClient;
import io.jenkins.plugins.wsus.core.catalog.CatalogClientConfig;
import io.jenkins.plugins.wsus.core.catalog.ResolutionCriteria;
import io.jenkins.plugins.wsus.core.engine.FallbackKind;
import io.jenkins.plugins.wsus.core.engine.SyncEngine;
import io.jenkins.plugins.wsus.core.engine.SyncListener;
import io.jenkins.plugins.wsus.core.engine.SyncOutcome;
import io.jenkins.plugins.wsus.core.engine.SyncPolicy;
import io.jenkins.plugins.wsus.core.engine.SyncRequest;
import io.jenkins.plugins.wsus.core.engine.SyncResult;
import io.jenkins.plugins.wsus.core.evidence.EvidenceStore;
import io.jenkins.plugins.wsus.core.evidence.SyncPath;
import io.jenkins.plugins.wsus.core.journal.ChangeJournal;
import io.jenkins.plugins.wsus.core.journal.ChangeKind;
import io.jenkins.plugins.wsus.core.journal.EntryState;
import io.jenkins.plugins.wsus.core.journal.JournalEntry;
import io.jenkins.plugins.wsus.core.resilience.Classification;
import io.jenkins.plugins.wsus.core.resilience.ErrorClass;
import io.jenkins.plugins.wsus.core.resilience.ResilienceSettings;
import io.jenkins.plugins.wsus.core.state.JsonFiles;
import io.jenkins.plugins.wsus.core.state.StateDirectory;
import io.jenkins.plugins.wsus.simulator.SimAccount;
import io.jenkins.plugins.wsus.simulator.SimulatorOptions;
import io.jenkins.plugins.wsus.simulator.WsusSimulator;
import io.jenkins.plugins.wsus.simulator.catalog.CatalogDataset;
import io.jenkins.plugins.wsus.simulator.catalog.CatalogDataset.July2025;
import io.jenkins.plugins.wsus.simulator.catalog.CatalogSimulator;
import io.jenkins.plugins.wsus.simulator.model.Category;
import io.jenkins.plugins.wsus.simulator.model.KnownCategories;
import io.jenkins.plugins.wsus.simulator.model.UpdateInfo;
import io.jenkins.plugins.wsus.simulator.scenario.UpstreamScenario;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The July 2025 fallback end to end: one {@link SyncEngine} with the fallbacks [DEGRADED_SYNC,
 * CATALOG_IMPORT] against a WSUS simulator whose catalog imports consult the mounted catalog
 * simulator. No mocks.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CatalogFallbackEndToEndTest {
  static final String SERVER2022 = "Microsoft Server operating system-21H2";

  @TempDir Path stateRoot;

  /** Everything the engine and the import need, on real loopback servers. */
  private final class Rig implements AutoCloseable {
    final CatalogDataset dataset = CatalogDataset.defaultDataset();
    final CatalogSimulator catalogSim = new CatalogSimulator(dataset);
    final WsusSimulator wsus =
        WsusSimulator.start(
            SimulatorOptions.builder()
                .https(false)
                .timeFactor(0.001)
                .account(
                    new SimAccount(
                        "CORP", "wsusadmin", ImportHarness.PASSWORD, SimAccount.Role.ADMINISTRATOR))
                .catalogMetadataSource(dataset)
                .mount("/catalog", catalogSim.handler())
                .build());
    final StateDirectory state = StateDirectory.open(stateRoot);
    final ChangeJournal journal = new ChangeJournal(state.journal(), Clock.systemUTC());
    final EvidenceStore evidence =
        new EvidenceStore(state.evidence(), Clock.systemUTC(), Duration.ofDays(1), 100);
    final CatalogClient catalog =
        new CatalogClient(
            CatalogClientConfig.defaults().withBaseUrl(URI.create(wsus.wsusUrl() + "/catalog")));
    final CatalogImporter importer;
    final List<CatalogImportResult> imports = new CopyOnWriteArrayList<>();
    final SyncEngine engine;

    Rig(CatalogImportPlan plan) {
      // Two failing syncs open the upstream breaker (the July 2025 day, compressed).
      ResilienceSettings settings =
          ImportHarness.fastSettings()
              .retryMaxAttempts(4)
              .breakerMinimumCalls(2)
              .breakerWindowSize(2)
              .build();
      importer =
          CatalogImporter.builder(catalog, settings, journal)
              .verification(5, Duration.ofMillis(20))
              .build();
      engine =
          SyncEngine.builder(settings, name -> ImportHarness.client(wsus), journal)
              .evidence(evidence)
              .fallback(new CatalogImportFallback(importer, plan).addResultListener(imports::add))
              .build();
    }

    SyncOutcome sync(SyncListener listener) throws Exception {
      SyncPolicy policy =
          SyncPolicy.builder()
              .stallTimeout(Duration.ofSeconds(5))
              .overallTimeout(Duration.ofSeconds(60))
              .polling(Duration.ofMillis(5), 1.5, Duration.ofMillis(50))
              .resultReadPolls(20)
              .clockSkew(Duration.ofMillis(500))
              .fallbackOrder(List.of(FallbackKind.DEGRADED_SYNC, FallbackKind.CATALOG_IMPORT))
              .build();
      return engine
          .sync(SyncRequest.of("wsus01", policy, "july-2025"), listener)
          .outcome()
          .get(90, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
      engine.close();
      importer.close();
      catalog.close();
      wsus.close();
      state.close();
    }
  }

  static CatalogImportPlan server2022Plan() {
    return new CatalogImportPlan(
        List.of("KB5062572"),
        ResolutionCriteria.any()
            .withProduct(SERVER2022)
            .withArchitecture("x64")
            .excludingPreviews()
            .excludingDynamicUpdates()
            .followingSupersedence(5)
            .withMaxSearchPages(4),
        null,
        true);
  }

  /** The fallback decisions a caller heard, as "KIND:taken:why". */
  static final class Decisions implements SyncListener {
    final List<String> all = new CopyOnWriteArrayList<>();

    @Override
    public void onFallbackDecision(FallbackKind kind, boolean taken, String why) {
      all.add(kind + ":" + taken + ":" + why);
    }
  }

  @Test
  void badRevisionInUpdatesIsAnsweredByTheDegradedSyncAlone() throws Exception {
    try (Rig rig = new Rig(server2022Plan())) {
      rig.wsus
          .model()
          .setSubscribedClassifications(
              rig.wsus.model().categories(true).stream().map(Category::title).toList());
      rig.wsus.scenarios().set(UpstreamScenario.badRevision("Updates"));
      Decisions decisions = new Decisions();
      SyncOutcome o = rig.sync(decisions);

      assertThat(o.result()).isEqualTo(SyncResult.SUCCEEDED);
      assertThat(o.path()).isEqualTo(SyncPath.DEGRADED);
      assertThat(o.errorClass()).isEqualTo(ErrorClass.UPSTREAM_METADATA);
      assertThat(o.quarantined()).extracting(q -> q.id()).containsExactly(KnownCategories.UPDATES);
      // the first strategy delivered: the catalog import was never needed
      assertThat(decisions.all).singleElement().asString().startsWith("DEGRADED_SYNC:true");
      assertThat(rig.imports).isEmpty();
      assertThat(rig.wsus.model().imports()).isEmpty();
      assertThat(o.importedUpdates()).isEmpty();
    }
  }

  @Test
  void anUnreachableUpstreamOpensTheBreakerAndTheCatalogImportDelivers() throws Exception {
    try (Rig rig = new Rig(server2022Plan())) {
      rig.wsus.scenarios().set(UpstreamScenario.unreachable());
      Decisions decisions = new Decisions();
      SyncOutcome o = rig.sync(decisions);

      assertThat(o.result()).isEqualTo(SyncResult.SUCCEEDED);
      assertThat(o.path()).isEqualTo(SyncPath.CATALOG);
      assertThat(o.errorClass()).isEqualTo(ErrorClass.UPSTREAM_UNAVAILABLE);
      assertThat(o.importedUpdates()).containsExactly(July2025.SERVER2022_2025_07.toString());
      assertThat(decisions.all)
          .hasSize(2)
          .satisfiesExactly(
              d -> assertThat(d).startsWith("DEGRADED_SYNC:false:the upstream circuit breaker"),
              d -> assertThat(d).startsWith("CATALOG_IMPORT:true:the upstream circuit breaker"));

      // verified in WSUS: imported from the catalog, and the import result says so
      UpdateInfo u = rig.wsus.model().update(July2025.SERVER2022_2025_07).orElseThrow();
      assertThat(u.origin()).isEqualTo(UpdateInfo.Origin.CATALOG);
      assertThat(rig.imports).singleElement().matches(CatalogImportResult::succeeded);
      UpdateImport imported = rig.imports.get(0).updates().get(0);
      assertThat(imported.verification().verified()).isTrue();
      assertThat(imported.status()).isEqualTo(UpdateStatus.IMPORTED);

      // journaled under the sync's run id, closed
      List<JournalEntry> entries = rig.journal.read().entries();
      assertThat(entries)
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.request().kind()).isEqualTo(ChangeKind.IMPORT);
                assertThat(e.request().runId()).isEqualTo(o.runId());
                assertThat(e.state()).isEqualTo(EntryState.COMPLETED);
              });

      // the evidence JSON shows the decisions, then the journal steps, then the outcome
      JsonNode record = JsonFiles.mapper().readTree(Path.of(o.evidence()).toFile());
      List<String> trail = new ArrayList<>();
      for (JsonNode e : record.get("events")) {
        String type = e.get("type").asText();
        if (type.equals("FALLBACK_DECISION")
            || type.equals("JOURNAL")
            || type.equals("IMPORT")
            || type.equals("OUTCOME")
            || type.equals("BREAKER_TRANSITION")) {
          trail.add(type + " " + e.get("message").asText());
        }
      }
      int open = indexOf(trail, "BREAKER_TRANSITION circuit breaker upstream:");
      int degraded = indexOf(trail, "FALLBACK_DECISION fallback DEGRADED_SYNC not taken");
      int catalog = indexOf(trail, "FALLBACK_DECISION fallback CATALOG_IMPORT taken");
      int pending = indexOf(trail, "JOURNAL journal PENDING");
      int applied = indexOf(trail, "JOURNAL journal APPLIED");
      int completed = indexOf(trail, "JOURNAL journal COMPLETED");
      int importEvent = indexOf(trail, "IMPORT KB5062572: update");
      int outcome = indexOf(trail, "OUTCOME");
      assertThat(
              List.of(open, degraded, catalog, pending, applied, completed, importEvent, outcome))
          .as(String.join("\n", trail))
          .doesNotContain(-1)
          .isSorted();
      assertThat(record.get("path").asText()).isEqualTo("CATALOG");
      assertThat(record.toString()).doesNotContain(ImportHarness.PASSWORD);
    }
  }

  @Test
  void aPartialImportFailsTheSyncButReportsWhatLanded() throws Exception {
    // KB5000001 is not in the catalog: the plan requires every KB, so the sync fails, yet the
    // Server 2022 update is in WSUS now and the outcome must say so.
    try (Rig rig = new Rig(CatalogImportPlan.of(List.of("KB5062572", "KB5000001")))) {
      rig.wsus.scenarios().set(UpstreamScenario.unreachable());
      SyncOutcome o = rig.sync(new Decisions());
      // REJECTED here: the upstream breaker opened during the retries and no fallback delivered.
      assertThat(o.result()).isNotEqualTo(SyncResult.SUCCEEDED);
      assertThat(o.importedUpdates()).containsExactly(July2025.SERVER2022_2025_07.toString());
      assertThat(rig.wsus.model().update(July2025.SERVER2022_2025_07)).isPresent();
    }
  }

  @Test
  void withoutAKbListTheCatalogImportSaysWhyItDoesNotApply() throws Exception {
    try (Rig rig = new Rig(CatalogImportPlan.of(List.of()))) {
      rig.wsus.scenarios().set(UpstreamScenario.unreachable());
      Decisions decisions = new Decisions();
      SyncOutcome o = rig.sync(decisions);

      assertThat(o.result()).isEqualTo(SyncResult.REJECTED);
      assertThat(o.path()).isEqualTo(SyncPath.NONE);
      assertThat(decisions.all)
          .containsExactly(
              "DEGRADED_SYNC:false:the upstream circuit breaker is open: a test sync would be"
                  + " rejected too",
              "CATALOG_IMPORT:false:no KB list is configured for the catalog import");
      assertThat(rig.wsus.model().imports()).isEmpty();
    }
  }

  @Test
  void appliesOnlyToUpstreamFailuresOrAnOpenUpstreamBreaker() {
    // whyNot decides without calling anything: the catalog client is never used here
    try (CatalogClient unused = new CatalogClient(CatalogClientConfig.defaults());
        CatalogImporter importer =
            CatalogImporter.builder(
                    unused,
                    ImportHarness.fastSettings().build(),
                    new ChangeJournal(stateRoot.resolve("journal"), Clock.systemUTC()))
                .build()) {
      CatalogImportFallback f = new CatalogImportFallback(importer, server2022Plan());
      assertThat(f.kind()).isEqualTo(FallbackKind.CATALOG_IMPORT);
      assertThat(f.whyNot(null, failure(ErrorClass.UPSTREAM_UNAVAILABLE), false)).isEmpty();
      assertThat(f.whyNot(null, failure(ErrorClass.UPSTREAM_METADATA), false)).isEmpty();
      assertThat(f.whyNot(null, failure(ErrorClass.TRANSIENT_NETWORK), true)).isEmpty();
      // "A connection attempt failed" / "The operation has timed out": the July 2025 texts
      assertThat(f.whyNot(null, failure(ErrorClass.TRANSIENT_NETWORK), false)).isEmpty();
      assertThat(f.whyNot(null, failure(ErrorClass.AUTHENTICATION), false)).isPresent();
      assertThat(f.whyNot(null, failure(ErrorClass.LOCAL_DATABASE), false))
          .hasValueSatisfying(w -> assertThat(w).contains("LOCAL_DATABASE"));
    }
  }

  private static Classification failure(ErrorClass c) {
    return new Classification(c, "test");
  }

  private static int indexOf(List<String> trail, String prefix) {
    for (int i = 0; i < trail.size(); i++) {
      if (trail.get(i).startsWith(prefix)) {
        return i;
      }
    }
    return -1;
  }
}
