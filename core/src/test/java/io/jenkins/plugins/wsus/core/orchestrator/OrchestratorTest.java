package io.jenkins.plugins.wsus.core.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.wsus.core.client.WsusClientConfig;
import io.jenkins.plugins.wsus.core.client.WsusHttpException;
import io.jenkins.plugins.wsus.core.engine.FallbackKind;
import io.jenkins.plugins.wsus.core.engine.SyncOutcome;
import io.jenkins.plugins.wsus.core.engine.SyncPolicy;
import io.jenkins.plugins.wsus.core.engine.SyncRequest;
import io.jenkins.plugins.wsus.core.engine.SyncResult;
import io.jenkins.plugins.wsus.core.evidence.SyncPath;
import io.jenkins.plugins.wsus.core.health.GatePolicy;
import io.jenkins.plugins.wsus.core.health.GateResult;
import io.jenkins.plugins.wsus.core.health.ServerHealth;
import io.jenkins.plugins.wsus.core.health.Verdict;
import io.jenkins.plugins.wsus.core.model.UserRole;
import io.jenkins.plugins.wsus.core.resilience.ResilienceSettings;
import io.jenkins.plugins.wsus.simulator.SimulatorOptions;
import io.jenkins.plugins.wsus.simulator.WsusSimulator;
import io.jenkins.plugins.wsus.simulator.scenario.UpstreamScenario;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The facade every front end uses, against a real simulator over SOAP and NTLM. */
@Timeout(120)
class OrchestratorTest {
  private static final String ADMIN = "CORP\\wsusadmin";
  private static final String REPORTER = "CORP\\reporter";
  private static final String PASSWORD = "Passw0rd!";

  @TempDir Path state;
  private WsusSimulator sim;
  private Orchestrator orchestrator;

  @BeforeEach
  void start() {
    sim = WsusSimulator.start(SimulatorOptions.builder().https(false).timeFactor(0.001).build());
    orchestrator =
        Orchestrator.builder(state, fastSettings())
            .gateProbeInterval(Duration.ofMillis(100))
            .build();
    orchestrator.register(new ServerEntry("wsus-hq", config("wsus-hq", ADMIN, PASSWORD), null));
  }

  @AfterEach
  void stop() {
    orchestrator.close();
    sim.close();
  }

  @Test
  void syncThenTheServerIsHealthyAndTheGatePasses() throws Exception {
    SyncOutcome outcome = sync().get(60, TimeUnit.SECONDS);
    assertThat(outcome.result()).isEqualTo(SyncResult.SUCCEEDED);

    ServerHealth health = orchestrator.health("wsus-hq").get(30, TimeUnit.SECONDS);
    assertThat(health.verdict()).isEqualTo(Verdict.HEALTHY);
    assertThat(health.lastSuccessAt()).isNotNull();

    GateResult gate =
        orchestrator
            .gate("wsus-hq", GatePolicy.defaults(), Duration.ZERO)
            .get(30, TimeUnit.SECONDS);
    assertThat(gate.decision()).isEqualTo(GateResult.Decision.PASS);
  }

  /** The simulator's last sync is 20 hours old: too old for this policy until a new sync. */
  private static final GatePolicy WITHIN_AN_HOUR =
      new GatePolicy(Duration.ofHours(1), true, false, true);

  @Test
  void aWaitingGatePassesWhenTheEngineCompletesASync() throws Exception {
    assertThat(gateNow().decision()).isEqualTo(GateResult.Decision.WAIT);
    CompletableFuture<GateResult> gate =
        orchestrator.gate("wsus-hq", WITHIN_AN_HOUR, Duration.ofSeconds(60));
    assertThat(sync().get(60, TimeUnit.SECONDS).result()).isEqualTo(SyncResult.SUCCEEDED);
    GateResult result = gate.get(60, TimeUnit.SECONDS);
    assertThat(result.decision()).isEqualTo(GateResult.Decision.PASS);
    assertThat(result.timedOut()).isFalse();
  }

  @Test
  void aWaitingGateSeesASyncWsusRanOnItsOwn() throws Exception {
    assertThat(gateNow().decision()).isEqualTo(GateResult.Decision.WAIT);
    CompletableFuture<GateResult> gate =
        orchestrator.gate("wsus-hq", WITHIN_AN_HOUR, Duration.ofSeconds(60));
    sim.model().startSync(false); // WSUS's own schedule, not this product
    assertThat(gate.get(60, TimeUnit.SECONDS).decision()).isEqualTo(GateResult.Decision.PASS);
  }

  @Test
  void aGateThatNeverPassesEndsAsTimedOut() throws Exception {
    GateResult result =
        orchestrator
            .gate("wsus-hq", WITHIN_AN_HOUR, Duration.ofMillis(300))
            .get(30, TimeUnit.SECONDS);
    assertThat(result.decision()).isNotEqualTo(GateResult.Decision.PASS);
    assertThat(result.timedOut()).isTrue();
    assertThat(result.reasons()).isNotEmpty();
  }

  @Test
  void aStrictGateWaitsAfterADegradedSyncUntilAFullOneSucceeds() throws Exception {
    sim.scenarios().set(UpstreamScenario.badRevision("Updates"));
    SyncOutcome degraded = sync(true).get(60, TimeUnit.SECONDS);
    assertThat(degraded.path()).isEqualTo(SyncPath.DEGRADED);
    GatePolicy strict = new GatePolicy(Duration.ofHours(1), true, false, true);
    GatePolicy lenient = new GatePolicy(Duration.ofHours(1), true, true, true);
    // Restored at once, yet the last success left "Updates" out: only a lenient gate passes.
    assertThat(orchestrator.health("wsus-hq").get(30, TimeUnit.SECONDS).verdict())
        .isEqualTo(Verdict.DEGRADED);
    assertThat(gate(strict).decision()).isNotEqualTo(GateResult.Decision.PASS);
    assertThat(gate(lenient).decision()).isEqualTo(GateResult.Decision.PASS);

    sim.scenarios().set(UpstreamScenario.healthy());
    assertThat(sync(true).get(60, TimeUnit.SECONDS).path()).isEqualTo(SyncPath.UPSTREAM);
    assertThat(gate(strict).decision()).isEqualTo(GateResult.Decision.PASS);
  }

  private GateResult gate(GatePolicy policy) throws Exception {
    return orchestrator.gate("wsus-hq", policy, Duration.ZERO).get(30, TimeUnit.SECONDS);
  }

  @Test
  void testConnectionReportsTheRole() throws Exception {
    assertThat(orchestrator.testConnection("wsus-hq").get(30, TimeUnit.SECONDS).role())
        .isEqualTo(UserRole.ADMINISTRATOR);
    orchestrator.register(new ServerEntry("wsus-ro", config("wsus-ro", REPORTER, PASSWORD), null));
    ConnectionCheck reporter = orchestrator.testConnection("wsus-ro").get(30, TimeUnit.SECONDS);
    assertThat(reporter.role()).isEqualTo(UserRole.REPORTER);
    assertThat(reporter.describe()).contains("reporter", "refused");
  }

  @Test
  void aChangedPasswordAppliesToTheNextCallWithoutARestart() throws Exception {
    orchestrator.register(new ServerEntry("wsus-hq", config("wsus-hq", ADMIN, "wrong"), null));
    assertThatThrownBy(() -> orchestrator.testConnection("wsus-hq").get(30, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(WsusHttpException.class)
        .message()
        .doesNotContain("wrong");

    orchestrator.register(new ServerEntry("wsus-hq", config("wsus-hq", ADMIN, PASSWORD), null));
    assertThat(orchestrator.testConnection("wsus-hq").get(30, TimeUnit.SECONDS).role())
        .isEqualTo(UserRole.ADMINISTRATOR);
  }

  @Test
  void anUnknownServerIsNamedWithTheKnownOnes() {
    assertThatThrownBy(() -> orchestrator.health("wsus-typo"))
        .isInstanceOf(UnknownServerException.class)
        .hasMessageContaining("wsus-typo")
        .hasMessageContaining("wsus-hq");
  }

  @Test
  void aHealthProbeLearnsTheUpstreamOfAServerWithoutALabel() throws Exception {
    assertThat(orchestrator.upstreamLabel("wsus-hq")).isEmpty(); // nothing asked the server yet
    orchestrator.health("wsus-hq").get(30, TimeUnit.SECONDS);
    assertThat(orchestrator.upstreamLabel("wsus-hq")).contains("microsoft-update");
  }

  @Test
  void afterARestartTheUpstreamOfAServerIsKnownFromItsSavedHealth() throws Exception {
    assertThat(sync().get(60, TimeUnit.SECONDS).result()).isEqualTo(SyncResult.SUCCEEDED);
    orchestrator.close();
    orchestrator = Orchestrator.builder(state, fastSettings()).build();
    orchestrator.register(new ServerEntry("wsus-hq", config("wsus-hq", ADMIN, PASSWORD), null));
    assertThat(orchestrator.upstreamLabel("wsus-hq")).contains("microsoft-update");
  }

  @Test
  void breakersAreListedAndAnUnknownOneCannotBeReset() throws Exception {
    sync().get(60, TimeUnit.SECONDS);
    assertThat(orchestrator.breakers()).containsKeys("server:wsus-hq", "upstream:microsoft-update");
    orchestrator.resetBreaker("upstream:microsoft-update", "test");
    assertThatThrownBy(() -> orchestrator.resetBreaker("upstream:nope", "test"))
        .hasMessageContaining("upstream:microsoft-update");
  }

  @Test
  void theStateDirectoryIsLockedAgainstASecondOrchestrator() {
    assertThatThrownBy(() -> Orchestrator.builder(state, fastSettings()).build())
        .hasMessageContaining(state.toString());
  }

  private GateResult gateNow() throws Exception {
    return orchestrator.gate("wsus-hq", WITHIN_AN_HOUR, Duration.ZERO).get(30, TimeUnit.SECONDS);
  }

  private CompletableFuture<SyncOutcome> sync() {
    return sync(false);
  }

  private CompletableFuture<SyncOutcome> sync(boolean degradedAllowed) {
    SyncPolicy policy =
        SyncPolicy.builder()
            .degradedSyncEnabled(degradedAllowed)
            .fallbackOrder(degradedAllowed ? List.of(FallbackKind.DEGRADED_SYNC) : List.of())
            .stallTimeout(Duration.ofSeconds(10))
            .overallTimeout(Duration.ofSeconds(60))
            .polling(Duration.ofMillis(5), 1.5, Duration.ofMillis(50))
            .resultReadPolls(20)
            .clockSkew(Duration.ofMillis(500))
            .build();
    return orchestrator.sync(SyncRequest.of("wsus-hq", policy, "test"), null).outcome();
  }

  private WsusClientConfig config(String name, String account, String password) {
    return WsusClientConfig.builder()
        .serverName(name)
        .baseUrl(sim.wsusUrl())
        .account(account)
        .password(password.toCharArray())
        .connectTimeout(Duration.ofSeconds(2))
        .responseTimeout(Duration.ofSeconds(5))
        .build();
  }

  private static ResilienceSettings fastSettings() {
    return ResilienceSettings.builder()
        .retryMaxAttempts(3)
        .retryInitialBackoff(Duration.ofMillis(10))
        .retryMaxBackoff(Duration.ofMillis(40))
        .retryMaxTotalTime(Duration.ofSeconds(30))
        .breakerMinimumCalls(50)
        .breakerWindowSize(100)
        .callTimeout(Duration.ofSeconds(10))
        .build();
  }
}
