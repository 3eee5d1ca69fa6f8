package io.jenkins.plugins.wsus.bench;

import io.jenkins.plugins.wsus.core.client.ApiRemotingClient;
import io.jenkins.plugins.wsus.core.client.WsusClientConfig;
import io.jenkins.plugins.wsus.core.engine.FallbackKind;
import io.jenkins.plugins.wsus.core.engine.SyncEngine;
import io.jenkins.plugins.wsus.core.engine.SyncListener;
import io.jenkins.plugins.wsus.core.engine.SyncOutcome;
import io.jenkins.plugins.wsus.core.engine.SyncPolicy;
import io.jenkins.plugins.wsus.core.engine.SyncRequest;
import io.jenkins.plugins.wsus.core.engine.SyncResult;
import io.jenkins.plugins.wsus.core.evidence.EvidenceStore;
import io.jenkins.plugins.wsus.core.journal.ChangeJournal;
import io.jenkins.plugins.wsus.core.resilience.Resilience;
import io.jenkins.plugins.wsus.core.resilience.ResilienceSettings;
import io.jenkins.plugins.wsus.core.state.StateDirectory;
import io.jenkins.plugins.wsus.simulator.SimulatorOptions;
import io.jenkins.plugins.wsus.simulator.WsusSimulator;
import io.jenkins.plugins.wsus.simulator.scenario.UpstreamScenario;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Time for a sync request to reach its decision with the upstream breaker open (rejected at once,
 * fallback decision recorded, evidence written) vs. the same request with breakers disabled facing
 * an UNREACHABLE upstream (it must wait for the failing syncs and the retries). Same run, same
 * simulator, same settings. Targets: ratio >= 1000x, open-breaker decision < 50 ms median.
 */
public final class FailFastBenchmark {

  /** Simulated time runs this much faster than real time (a failing sync takes 21 s nominal). */
  private static final double TIME_FACTOR = 0.05;

  private static final int OPEN_SAMPLES = 200;
  private static final int DISABLED_SAMPLES = 5;

  public static void main(String[] args) throws Exception {
    run(System.out);
  }

  /** Runs the benchmark and prints the figures. */
  public static void run(PrintStream out) throws Exception {
    Path stateRoot = Files.createTempDirectory("wsus-failfast");
    ResilienceSettings settings =
        ResilienceSettings.builder()
            .retryMaxAttempts(3)
            .retryInitialBackoff(Duration.ofMillis(500))
            .retryMaxBackoff(Duration.ofSeconds(2))
            .breakerMinimumCalls(2)
            .breakerWindowSize(2)
            .breakerWaitInOpen(Duration.ofHours(1))
            .build();
    SyncPolicy policy =
        SyncPolicy.builder().polling(Duration.ofMillis(50), 1.5, Duration.ofMillis(500)).build();
    String upstream = Resilience.upstream(SyncRequest.DEFAULT_UPSTREAM);
    try (WsusSimulator sim =
            WsusSimulator.start(
                SimulatorOptions.builder()
                    .https(false)
                    .timeFactor(TIME_FACTOR)
                    .initialScenario(UpstreamScenario.unreachable())
                    .build());
        StateDirectory state = StateDirectory.open(stateRoot);
        SyncEngine engine =
            SyncEngine.builder(
                    settings,
                    name -> client(sim, name),
                    new ChangeJournal(state.journal(), Clock.systemUTC()))
                .evidence(
                    new EvidenceStore(
                        state.evidence(), Clock.systemUTC(), Duration.ofDays(1), 10_000))
                .build()) {
      // Open the upstream breaker the real way: failing syncs.
      SyncOutcome opening =
          engine.sync(SyncRequest.of("wsus01", policy, "bench"), null).outcome().join();
      out.printf(
          "FailFastBenchmark (time factor %.2f; a failing sync takes %.2f s here)%n",
          TIME_FACTOR, 21 * TIME_FACTOR);
      out.println(
          "  opening run: " + opening.result() + " after " + opening.attempts() + " attempts");
      out.println(
          "  breaker " + upstream + ": " + engine.resilience().breakerStates().get(upstream));

      List<Double> open = new ArrayList<>();
      List<Double> openOutcome = new ArrayList<>();
      for (int i = 0; i < OPEN_SAMPLES + 20; i++) {
        DecisionClock decision = new DecisionClock();
        SyncOutcome o =
            engine.sync(SyncRequest.of("wsus01", policy, "bench"), decision).outcome().join();
        double outcomeMs = (System.nanoTime() - decision.start) / 1e6;
        if (o.result() != SyncResult.REJECTED) {
          throw new IllegalStateException("expected REJECTED with the breaker open, got " + o);
        }
        if (i >= 20) { // warm-up
          open.add(decision.millis());
          openOutcome.add(outcomeMs);
        }
      }

      engine.resilience().breaker(upstream).transitionToDisabledState();
      List<Double> disabled = new ArrayList<>();
      for (int i = 0; i < DISABLED_SAMPLES; i++) {
        DecisionClock decision = new DecisionClock();
        SyncOutcome o =
            engine.sync(SyncRequest.of("wsus01", policy, "bench"), decision).outcome().join();
        disabled.add(decision.millis());
        if (i == 0) {
          out.println(
              "  breakers disabled: "
                  + o.result()
                  + " after "
                  + o.attempts()
                  + " attempts ("
                  + o.errorClass()
                  + ")");
        }
      }
      double openMedian = percentile(open, 50);
      double disabledMedian = percentile(disabled, 50);
      out.printf(
          "  breaker open:      decision median %8.3f ms, p95 %8.3f ms (%d requests)%n",
          openMedian, percentile(open, 95), open.size());
      out.printf(
          "    (outcome delivered after the evidence is durable: median %.3f ms, p95 %.3f ms)%n",
          percentile(openOutcome, 50), percentile(openOutcome, 95));
      out.printf(
          "  breakers disabled: decision median %8.1f ms, p95 %8.1f ms (%d requests)%n",
          disabledMedian, percentile(disabled, 95), disabled.size());
      out.printf(
          "  ratio (median disabled / median open): %.0fx (target >= 1000x: %s); open median < 50"
              + " ms: %s%n",
          disabledMedian / openMedian,
          disabledMedian / openMedian >= 1000 ? "MET" : "MISSED",
          openMedian < 50 ? "MET" : "MISSED");
      out.printf(
          "  at time factor 1.0 the disabled case waits %.0fx longer (the ratio grows with it)%n",
          1 / TIME_FACTOR);
    }
  }

  /**
   * Time from the request to its decision: the first fallback decision (REJECTED or FAILED is
   * decided there), else the outcome.
   */
  private static final class DecisionClock implements SyncListener {
    final long start = System.nanoTime();
    volatile long decidedAt;

    @Override
    public void onFallbackDecision(FallbackKind kind, boolean taken, String why) {
      if (decidedAt == 0) {
        decidedAt = System.nanoTime();
      }
    }

    @Override
    public void onOutcome(SyncOutcome outcome) {
      if (decidedAt == 0) {
        decidedAt = System.nanoTime();
      }
    }

    double millis() {
      return (decidedAt - start) / 1e6;
    }
  }

  static double percentile(List<Double> values, int p) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  private static ApiRemotingClient client(WsusSimulator sim, String name) {
    return new ApiRemotingClient(
        WsusClientConfig.builder()
            .serverName(name)
            .baseUrl(sim.wsusUrl())
            .account("CORP\\wsusadmin")
            .password("Passw0rd!".toCharArray())
            .build());
  }

  private FailFastBenchmark() {}
}
