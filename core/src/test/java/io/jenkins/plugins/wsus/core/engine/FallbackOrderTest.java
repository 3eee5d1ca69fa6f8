package io.jenkins.plugins.wsus.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.wsus.core.client.ApiRemotingClient;
import io.jenkins.plugins.wsus.core.client.WsusApi;
import io.jenkins.plugins.wsus.core.client.WsusClientConfig;
import io.jenkins.plugins.wsus.core.evidence.SyncPath;
import io.jenkins.plugins.wsus.core.journal.ChangeJournal;
import io.jenkins.plugins.wsus.core.resilience.Classification;
import io.jenkins.plugins.wsus.core.resilience.ErrorClass;
import io.jenkins.plugins.wsus.core.state.StateDirectory;
import io.jenkins.plugins.wsus.simulator.SimulatorOptions;
import io.jenkins.plugins.wsus.simulator.WsusSimulator;
import io.jenkins.plugins.wsus.simulator.scenario.UpstreamScenario;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fallback seam: strategies run in the policy's order, each decision is recorded, and an
 * installed {@link FallbackKind#CATALOG_IMPORT} strategy (here a small real one that asks the
 * server for its version through the context) delivers the CATALOG path.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FallbackOrderTest {

  @TempDir Path state;

  /** A catalog strategy that reaches the server through the context and "imports" one update. */
  private static final class OneUpdateCatalog implements FallbackStrategy {
    volatile String serverVersion;

    @Override
    public FallbackKind kind() {
      return FallbackKind.CATALOG_IMPORT;
    }

    @Override
    public Optional<String> whyNot(
        SyncRequest request, Classification failure, boolean upstreamBreakerOpen) {
      return failure.policy().eligibleForFallback() || upstreamBreakerOpen
          ? Optional.empty()
          : Optional.of("not eligible");
    }

    @Override
    public CompletableFuture<FallbackResult> run(FallbackContext context) {
      return context
          .callServer(WsusApi::getServerVersion)
          .thenApply(
              v -> {
                serverVersion = v;
                context.log("imported KB5060526 from the catalog");
                return new FallbackResult(
                    true, SyncPath.CATALOG, 0, List.of(), List.of("KB5060526"), "imported 1");
              });
    }
  }

  private SyncOutcome run(WsusSimulator sim, FallbackStrategy extra, List<String> decisions)
      throws Exception {
    try (StateDirectory dir = StateDirectory.open(state)) {
      SyncEngine.Builder b =
          SyncEngine.builder(
              EngineHarness.fastSettings().retryMaxAttempts(1).build(),
              name ->
                  new ApiRemotingClient(
                      WsusClientConfig.builder()
                          .serverName(name)
                          .baseUrl(sim.wsusUrl())
                          .account(EngineHarness.ACCOUNT)
                          .password(EngineHarness.PASSWORD.toCharArray())
                          .build()),
              new ChangeJournal(dir.journal(), Clock.systemUTC()));
      if (extra != null) {
        b.fallback(extra);
      }
      try (SyncEngine engine = b.build()) {
        SyncPolicy policy =
            EngineHarness.fastPolicy()
                .fallbackOrder(List.of(FallbackKind.DEGRADED_SYNC, FallbackKind.CATALOG_IMPORT))
                .build();
        return engine
            .sync(
                SyncRequest.of("wsus01", policy, "t"),
                new SyncListener() {
                  @Override
                  public void onFallbackDecision(FallbackKind kind, boolean taken, String why) {
                    decisions.add(kind + ":" + taken);
                  }
                })
            .outcome()
            .get(30, TimeUnit.SECONDS);
      }
    }
  }

  @Test
  void strategiesRunInOrderAndTheCatalogDelivers() throws Exception {
    try (WsusSimulator sim =
        WsusSimulator.start(
            SimulatorOptions.builder()
                .https(false)
                .timeFactor(0.001)
                .initialScenario(UpstreamScenario.unreachable())
                .build())) {
      OneUpdateCatalog catalog = new OneUpdateCatalog();
      List<String> decisions = new CopyOnWriteArrayList<>();
      SyncOutcome o = run(sim, catalog, decisions);
      assertThat(decisions).containsExactly("DEGRADED_SYNC:false", "CATALOG_IMPORT:true");
      assertThat(o.result()).isEqualTo(SyncResult.SUCCEEDED);
      assertThat(o.path()).isEqualTo(SyncPath.CATALOG);
      assertThat(o.importedUpdates()).containsExactly("KB5060526");
      assertThat(o.errorClass()).isEqualTo(ErrorClass.TRANSIENT_NETWORK);
      assertThat(catalog.serverVersion).isEqualTo(sim.options().serverVersion());
    }
  }

  @Test
  void withoutACatalogStrategyTheDecisionSaysSoAndTheSyncFails() throws Exception {
    try (WsusSimulator sim =
        WsusSimulator.start(
            SimulatorOptions.builder()
                .https(false)
                .timeFactor(0.001)
                .initialScenario(UpstreamScenario.unreachable())
                .build())) {
      List<String> decisions = new CopyOnWriteArrayList<>();
      SyncOutcome o = run(sim, null, decisions);
      assertThat(decisions).containsExactly("DEGRADED_SYNC:false", "CATALOG_IMPORT:false");
      assertThat(o.result()).isEqualTo(SyncResult.FAILED);
      assertThat(o.path()).isEqualTo(SyncPath.NONE);
    }
  }
}
