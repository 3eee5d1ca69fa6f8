package io.jenkins.plugins.wsus.bench;

import io.jenkins.plugins.wsus.core.client.ApiRemotingClient;
import io.jenkins.plugins.wsus.core.client.WsusApi;
import io.jenkins.plugins.wsus.core.client.WsusClientConfig;
import io.jenkins.plugins.wsus.core.engine.SyncEngine;
import io.jenkins.plugins.wsus.core.journal.ChangeJournal;
import io.jenkins.plugins.wsus.core.resilience.ResilienceSettings;
import io.jenkins.plugins.wsus.core.state.StateDirectory;
import io.jenkins.plugins.wsus.simulator.SimulatorOptions;
import io.jenkins.plugins.wsus.simulator.WsusSimulator;
import io.jenkins.plugins.wsus.simulator.fault.ClientFault;
import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Health of a fleet: a cheap read (GetSubscription + GetSubscriptionState, in parallel) of 500
 * servers, each answering after 100 ms (one simulator with a latency fault, 500 logical servers
 * with their own client, breaker and bulkhead), through the engine's guarded calls at its I/O
 * concurrency. Compares the wall time with the ideal ceil(500 / servers-at-a-time) x 0.1 s, where
 * servers-at-a-time = I/O threads / 2 calls. Target: within 2x of the ideal.
 */
public final class FleetHealthBenchmark {
  private static final int SERVERS = 500;
  private static final Duration LATENCY = Duration.ofMillis(100);
  private static final int IO_THREADS = 16;

  public static void main(String[] args) throws Exception {
    run(System.out);
  }

  /** Runs the benchmark and prints the figures. */
  public static void run(PrintStream out) throws Exception {
    var dir = Files.createTempDirectory("wsus-fleet");
    try (WsusSimulator sim = WsusSimulator.start(SimulatorOptions.builder().https(false).build());
        StateDirectory state = StateDirectory.open(dir);
        SyncEngine engine =
            SyncEngine.builder(
                    ResilienceSettings.defaults(),
                    name -> client(sim, name),
                    new ChangeJournal(state.journal(), Clock.systemUTC()))
                .ioThreads(IO_THREADS)
                .build()) {
      List<String> servers = new ArrayList<>();
      for (int i = 0; i < SERVERS; i++) {
        servers.add("wsus" + i);
      }
      // Warm-up without latency: NTLM handshakes and pooled connections, as a long-lived engine
      // has.
      readAll(engine, servers);
      sim.faults().add(ClientFault.latency(LATENCY));
      long t0 = System.nanoTime();
      int healthy = readAll(engine, servers);
      double seconds = (System.nanoTime() - t0) / 1e9;
      int atATime = IO_THREADS / 2;
      double ideal = Math.ceil((double) SERVERS / atATime) * LATENCY.toMillis() / 1000.0;
      out.printf(
          "FleetHealthBenchmark: %d servers x (GetSubscription + GetSubscriptionState), %d ms each%n",
          SERVERS, LATENCY.toMillis());
      out.printf(
          "  engine I/O threads %d (%d servers at a time): wall %.2f s, ideal %.2f s, ratio %.2fx"
              + " (target <= 2x: %s); %d/%d answered%n",
          IO_THREADS,
          atATime,
          seconds,
          ideal,
          seconds / ideal,
          seconds / ideal <= 2 ? "MET" : "MISSED",
          healthy,
          SERVERS);
    }
  }

  private static int readAll(SyncEngine engine, List<String> servers) {
    List<CompletableFuture<Boolean>> all = new ArrayList<>();
    for (String s : servers) {
      CompletableFuture<?> subscription = engine.call(s, WsusApi::getSubscription);
      CompletableFuture<?> state = engine.call(s, WsusApi::getSubscriptionState);
      all.add(CompletableFuture.allOf(subscription, state).handle((x, e) -> e == null));
    }
    return (int) all.stream().filter(CompletableFuture::join).count();
  }

  private static ApiRemotingClient client(WsusSimulator sim, String name) {
    return new ApiRemotingClient(
        WsusClientConfig.builder()
            .serverName(name)
            .baseUrl(sim.wsusUrl())
            .account("CORP\\wsusadmin")
            .password("Passw0rd!".toCharArray())
            .maxConnections(2)
            .build());
  }

  private FleetHealthBenchmark() {}
}
