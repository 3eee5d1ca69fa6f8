package io.jenkins.plugins.wsus.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.wsus.core.client.WsusClientConfig;
import io.jenkins.plugins.wsus.ops.ApprovalKind;
import io.jenkins.plugins.wsus.ops.ApproveRequest;
import io.jenkins.plugins.wsus.ops.CatalogImportRequest;
import io.jenkins.plugins.wsus.ops.EngineSettings;
import io.jenkins.plugins.wsus.ops.GateRequest;
import io.jenkins.plugins.wsus.ops.HealthRequest;
import io.jenkins.plugins.wsus.ops.OperationContext;
import io.jenkins.plugins.wsus.ops.RunningOperation;
import io.jenkins.plugins.wsus.ops.SyncRequest;
import io.jenkins.plugins.wsus.simulator.SimulatorOptions;
import io.jenkins.plugins.wsus.simulator.WsusSimulator;
import io.jenkins.plugins.wsus.simulator.catalog.CatalogDataset;
import io.jenkins.plugins.wsus.simulator.catalog.CatalogSimulator;
import io.jenkins.plugins.wsus.simulator.scenario.UpstreamScenario;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin's runner on the real core against a real WSUS and catalog simulator: what a pipeline
 * step receives, what the build log shows, abort, and resume after a controller restart.
 */
@Timeout(120)
class EngineOperationRunnerTest {
  @TempDir Path jenkinsHome;
  private WsusSimulator sim;
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();
  private final EngineOperationRunner runner = new EngineOperationRunner();

  @BeforeEach
  void start() {
    CatalogDataset dataset = CatalogDataset.defaultDataset();
    sim = simulator(0.001, dataset);
  }

  private static WsusSimulator simulator(double timeFactor, CatalogDataset dataset) {
    return WsusSimulator.start(
        SimulatorOptions.builder()
            .https(false)
            .timeFactor(timeFactor)
            .catalogMetadataSource(dataset)
            .mount("/catalog", new CatalogSimulator(dataset).handler())
            .build());
  }

  @AfterEach
  void stop() {
    OrchestratorHost.reset();
    sim.close();
  }

  @Test
  void wsusSyncReturnsTheOutcomeMapAndArchivesEvidence() throws Exception {
    Map<String, Object> result = await(runner.start(sync(false, List.of()), context()));
    assertThat(result)
        .containsEntry("outcome", "SUCCEEDED")
        .containsEntry("path", "upstream")
        .containsKeys("start", "end", "attempts", "timeline");
    assertThat((String) result.get("evidence")).endsWith(".json");
    assertThat(Files.list(evidenceDir()).map(p -> p.getFileName().toString()))
        .anyMatch(n -> n.endsWith(".html"));
    assertThat(log()).contains("[WSUS]");
  }

  @Test
  void wsusSyncInTheJuly2025OutageQuarantinesUpdates() throws Exception {
    sim.scenarios().set(UpstreamScenario.badRevision("Updates"));
    Map<String, Object> result = await(runner.start(sync(true, List.of()), context()));
    assertThat(result).containsEntry("path", "degraded");
    assertThat(result.get("quarantinedClassifications")).isEqualTo(List.of("Updates"));
  }

  @Test
  void keepQuarantineLeavesUpdatesExcludedUntilAFullSyncSucceeds() throws Exception {
    sim.scenarios().set(UpstreamScenario.badRevision("Updates"));
    SyncRequest keep =
        new SyncRequest("wsus-hq", Duration.ofMinutes(2), true, false, List.of(), true);
    assertThat(await(runner.start(keep, context()))).containsEntry("path", "degraded");
    assertThat(subscribedClassifications()).doesNotContain("Updates");
    assertThat(OrchestratorHost.current().orElseThrow().quarantines()).hasSize(1);

    sim.scenarios().set(UpstreamScenario.healthy()); // Microsoft fixed the revision
    assertThat(await(runner.start(keep, context()))).containsEntry("path", "upstream");
    assertThat(subscribedClassifications()).contains("Updates");
    assertThat(OrchestratorHost.current().orElseThrow().quarantines()).isEmpty();
  }

  private List<String> subscribedClassifications() {
    return sim.model().subscribedClassifications().stream()
        .map(io.jenkins.plugins.wsus.simulator.model.Category::title)
        .toList();
  }

  @Test
  void wsusSyncFallsBackToTheCatalogWhenTheUpstreamIsUnreachable() throws Exception {
    sim.scenarios().set(UpstreamScenario.unreachable());
    Map<String, Object> result = await(runner.start(sync(true, List.of("KB5062572")), context()));
    assertThat(result).containsEntry("path", "catalog");
    assertThat((List<?>) result.get("importedUpdates")).isNotEmpty();
  }

  @Test
  void aFailedSyncFailsTheStepNamingTheClass() {
    sim.scenarios().set(UpstreamScenario.tlsMismatch());
    assertThatThrownBy(() -> await(runner.start(sync(true, List.of()), context())))
        .hasMessageContaining("CONFIGURATION")
        .hasMessageContaining("common algorithm");
  }

  @Test
  void wsusHealthAndWsusGate() throws Exception {
    Map<String, Object> health = await(runner.start(new HealthRequest("wsus-hq", true), context()));
    assertThat(health).containsKeys("verdict", "reasons", "lastSuccess", "breakers");

    Map<String, Object> gate =
        await(
            runner.start(
                new GateRequest("wsus-hq", Duration.ofHours(26), false, false, Duration.ZERO),
                context()));
    assertThat(gate).containsEntry("passed", true);
  }

  @Test
  void wsusCatalogImportThenApproveAndPromoteARing() throws Exception {
    Map<String, Object> imported;
    try {
      imported =
          await(runner.start(new CatalogImportRequest("wsus-hq", List.of("KB5062572")), context()));
    } catch (Exception e) {
      throw new AssertionError(e.getMessage() + "\n" + log(), e);
    }
    assertThat((List<?>) imported.get("imported")).hasSize(1);
    assertThat((String) imported.get("evidence")).endsWith(".json");

    Map<String, Object> pilot =
        await(
            runner.start(
                new ApproveRequest(
                    "wsus-hq",
                    "Ring 1 - Pilot",
                    List.of("KB5062572"),
                    null,
                    ApprovalKind.INSTALL,
                    null,
                    Duration.ofDays(3)),
                context()));
    assertThat((List<?>) pilot.get("approved")).hasSize(1);
    assertThat(pilot.get("deadline")).isNotNull();

    Map<String, Object> broad =
        await(
            runner.start(
                new ApproveRequest(
                    "wsus-hq",
                    "Ring 2 - Broad",
                    List.of(),
                    "Ring 1 - Pilot",
                    ApprovalKind.INSTALL,
                    null,
                    null),
                context()));
    assertThat((List<?>) broad.get("approved")).hasSize(1);
    assertThat(sim.model().approvals()).hasSize(2);
  }

  @Test
  void abortingTheBuildStopsTheSyncOnTheServer() throws Exception {
    RunningOperation op = startSlowSync(sync(false, List.of()));
    runner.cancel(op.id(), new InterruptedException("aborted"));
    assertThatThrownBy(() -> await(op)).hasMessageContaining("CANCELED");
    assertThat(sim.model().events()).anyMatch(e -> e.eventId() == 385);
  }

  @Test
  void afterAControllerRestartTheStepReattachesToTheRunningSync() throws Exception {
    SyncRequest request = sync(false, List.of());
    RunningOperation before = startSlowSync(request);

    OrchestratorHost.reset(); // the controller goes down; WSUS keeps syncing

    assertThat(reattachAfterRestart(before, request)).containsEntry("outcome", "SUCCEEDED");
    assertThat(manualStarts()).as("the restart must not start a second sync").isEqualTo(1);
    assertThat(log()).contains("resuming wsusSync");
  }

  @Test
  void afterAControllerRestartASyncThatFinishedMeanwhileIsAdoptedNotRunAgain() throws Exception {
    SyncRequest request = sync(false, List.of());
    RunningOperation before = startSlowSync(request);

    OrchestratorHost.reset(); // the controller goes down; WSUS finishes the sync meanwhile
    assertThat(sim.model().awaitIdle(Duration.ofSeconds(60))).isTrue();

    assertThat(reattachAfterRestart(before, request)).containsEntry("outcome", "SUCCEEDED");
    assertThat(manualStarts())
        .as("the sync that finished while Jenkins was down is the one the step asked for")
        .isEqualTo(1);
    assertThat(log()).contains("adopted the sync that finished on wsus-hq while the host was down");
  }

  /** What a fresh runner (the controller restarted) returns when the step re-attaches. */
  private Map<String, Object> reattachAfterRestart(RunningOperation before, SyncRequest request)
      throws Exception {
    return await(new EngineOperationRunner().reattach(before.id(), request, context()));
  }

  /** Syncs started by StartSubscriptionManually (event 382). */
  private long manualStarts() {
    return sim.model().events().stream().filter(e -> e.eventId() == 382).count();
  }

  /** Restarts the simulator slow enough to act mid-sync, and starts {@code request} on it. */
  private RunningOperation startSlowSync(SyncRequest request) throws InterruptedException {
    sim.close();
    sim = simulator(0.5, CatalogDataset.defaultDataset());
    RunningOperation op = runner.start(request, context());
    waitUntilRunning();
    return op;
  }

  private void waitUntilRunning() throws InterruptedException {
    for (int i = 0; i < 2000 && sim.model().progress().total() == 0; i++) {
      Thread.sleep(5);
    }
  }

  private static SyncRequest sync(boolean fallbacks, List<String> kbs) {
    return new SyncRequest("wsus-hq", Duration.ofMinutes(2), fallbacks, fallbacks, kbs, false);
  }

  private OperationContext context() {
    WsusClientConfig client =
        WsusClientConfig.builder()
            .serverName("wsus-hq")
            .baseUrl(sim.wsusUrl())
            .account("CORP\\wsusadmin")
            .password("Passw0rd!".toCharArray())
            .connectTimeout(Duration.ofSeconds(2))
            .responseTimeout(Duration.ofSeconds(10))
            .build();
    EngineSettings settings =
        new EngineSettings(
            2,
            Duration.ofMillis(10),
            Duration.ofMillis(50),
            50,
            10,
            Duration.ofMinutes(5),
            8,
            Duration.ofMillis(20),
            Duration.ofSeconds(30),
            URI.create(sim.wsusUrl() + "/catalog"),
            List.of(CatalogDataset.DOWNLOAD_HOST),
            Duration.ofDays(30));
    return new OperationContext(
        "wsus-hq",
        client,
        null,
        settings,
        jenkinsHome.resolve("wsus-orchestrator"),
        evidenceDir(),
        "job/patching#7",
        new PrintStream(log, true, StandardCharsets.UTF_8));
  }

  private Path evidenceDir() {
    return jenkinsHome.resolve("jobs/patching/builds/7/wsus-evidence");
  }

  private String log() {
    return log.toString(StandardCharsets.UTF_8);
  }

  private static Map<String, Object> await(RunningOperation op) throws Exception {
    try {
      return op.result().get(90, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception x ? x : e;
    }
  }
}
