package io.jenkins.plugins.wsus.core.engine;

import io.jenkins.plugins.wsus.core.client.ApiRemotingClient;
import io.jenkins.plugins.wsus.core.client.WsusApi;
import io.jenkins.plugins.wsus.core.client.WsusClientConfig;
import io.jenkins.plugins.wsus.core.evidence.EvidenceStore;
import io.jenkins.plugins.wsus.core.health.HealthEvaluator;
import io.jenkins.plugins.wsus.core.health.HealthStore;
import io.jenkins.plugins.wsus.core.health.HealthThresholds;
import io.jenkins.plugins.wsus.core.journal.ChangeJournal;
import io.jenkins.plugins.wsus.core.resilience.ResilienceSettings;
import io.jenkins.plugins.wsus.core.state.StateDirectory;
import io.jenkins.plugins.wsus.simulator.SimulatorOptions;
import io.jenkins.plugins.wsus.simulator.WsusSimulator;
import io.jenkins.plugins.wsus.simulator.model.Category;
import io.jenkins.plugins.wsus.simulator.scenario.UpstreamScenario;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Real simulators (one per server name) on loopback, the real API Remoting client, a real state
 * directory and journal, and a {@link SyncEngine} with settings scaled down so tests run in
 * milliseconds. No mocks.
 */
final class EngineHarness implements AutoCloseable {
  static final String ACCOUNT = "CORP\\wsusadmin";
  static final String PASSWORD = "Passw0rd!";

  final Map<String, WsusSimulator> sims = new LinkedHashMap<>();
  final StateDirectory state;
  final ChangeJournal journal;
  final EvidenceStore evidence;
  final HealthStore health;
  final SyncEngine engine;

  private EngineHarness(
      List<String> servers,
      double timeFactor,
      ResilienceSettings settings,
      Path stateRoot,
      Duration responseTimeout) {
    for (String name : servers) {
      sims.put(
          name,
          WsusSimulator.start(
              SimulatorOptions.builder().https(false).timeFactor(timeFactor).build()));
    }
    this.state = StateDirectory.open(stateRoot);
    this.journal = new ChangeJournal(state.journal(), Clock.systemUTC());
    this.evidence = new EvidenceStore(state.evidence(), Clock.systemUTC(), Duration.ofDays(1), 500);
    this.health = new HealthStore(state.health());
    this.engine =
        SyncEngine.builder(settings, name -> client(sims.get(name), name, responseTimeout), journal)
            .evidence(evidence)
            .health(health, new HealthEvaluator(HealthThresholds.defaults(), null))
            .build();
  }

  static EngineHarness start(Path stateRoot, String... servers) {
    return new EngineHarness(
        List.of(servers), 0.001, fastSettings().build(), stateRoot, Duration.ofSeconds(5));
  }

  static EngineHarness start(
      Path stateRoot,
      double timeFactor,
      ResilienceSettings settings,
      Duration responseTimeout,
      String... servers) {
    return new EngineHarness(List.of(servers), timeFactor, settings, stateRoot, responseTimeout);
  }

  /**
   * Retries in milliseconds; breakers that need many failures (tests that want them open say so).
   */
  static ResilienceSettings.Builder fastSettings() {
    return ResilienceSettings.builder()
        .retryMaxAttempts(3)
        .retryInitialBackoff(Duration.ofMillis(10))
        .retryMaxBackoff(Duration.ofMillis(40))
        .retryMaxTotalTime(Duration.ofSeconds(30))
        .breakerMinimumCalls(50)
        .breakerWindowSize(100)
        .breakerWaitInOpen(Duration.ofMinutes(5))
        .callTimeout(Duration.ofSeconds(10))
        .bulkheadMaxConcurrentCalls(8);
  }

  /** A harness with fast settings where two failed syncs open the upstream breaker. */
  static EngineHarness startWithBreakerOpeningAfterTwoSyncs(Path stateRoot, String... servers) {
    return start(
        stateRoot,
        0.001,
        fastSettings().retryMaxAttempts(4).breakerMinimumCalls(2).breakerWindowSize(2).build(),
        Duration.ofSeconds(5),
        servers);
  }

  static WsusApi client(WsusSimulator sim, String name, Duration responseTimeout) {
    if (sim == null) {
      throw new IllegalArgumentException("no simulator for server " + name);
    }
    return new ApiRemotingClient(
        WsusClientConfig.builder()
            .serverName(name)
            .baseUrl(sim.wsusUrl())
            .account(ACCOUNT)
            .password(PASSWORD.toCharArray())
            .connectTimeout(Duration.ofSeconds(2))
            .responseTimeout(responseTimeout)
            .build());
  }

  /** A fast policy: polls every few ms, generous stall and overall timeouts. */
  static SyncPolicy.Builder fastPolicy() {
    return SyncPolicy.builder()
        .stallTimeout(Duration.ofSeconds(5))
        .overallTimeout(Duration.ofSeconds(60))
        .polling(Duration.ofMillis(5), 1.5, Duration.ofMillis(50))
        .resultReadPolls(20)
        .clockSkew(Duration.ofMillis(500));
  }

  WsusSimulator sim(String name) {
    return sims.get(name);
  }

  /** StartSubscriptionManually calls that started a sync, counted on the simulator (event 382). */
  long manualStarts(String name) {
    return sims.get(name).model().events().stream().filter(e -> e.eventId() == 382).count();
  }

  Set<UUID> subscribedClassificationIds(String name) {
    return sims.get(name).model().subscribedClassifications().stream()
        .map(Category::id)
        .collect(Collectors.toSet());
  }

  List<String> subscribedClassificationTitles(String name) {
    return sims.get(name).model().subscribedClassifications().stream()
        .map(Category::title)
        .toList();
  }

  /** Subscribes all twelve classifications. */
  void subscribeAllTwelve(String name) {
    WsusSimulator sim = sims.get(name);
    sim.model()
        .setSubscribedClassifications(
            sim.model().categories(true).stream().map(Category::title).toList());
  }

  void scenario(String name, UpstreamScenario s) {
    sims.get(name).scenarios().set(s);
  }

  @Override
  public void close() {
    engine.close();
    state.close();
    sims.values().forEach(WsusSimulator::close);
  }
}
