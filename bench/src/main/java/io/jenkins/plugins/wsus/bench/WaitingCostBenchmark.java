package io.jenkins.plugins.wsus.bench;

import io.jenkins.plugins.wsus.core.client.ApiRemotingClient;
import io.jenkins.plugins.wsus.core.client.WsusApi;
import io.jenkins.plugins.wsus.core.client.WsusClientConfig;
import io.jenkins.plugins.wsus.core.engine.SyncEngine;
import io.jenkins.plugins.wsus.core.engine.SyncOutcome;
import io.jenkins.plugins.wsus.core.engine.SyncPolicy;
import io.jenkins.plugins.wsus.core.engine.SyncRequest;
import io.jenkins.plugins.wsus.core.journal.ChangeJournal;
import io.jenkins.plugins.wsus.core.model.SynchronizationStatus;
import io.jenkins.plugins.wsus.core.resilience.ResilienceSettings;
import io.jenkins.plugins.wsus.core.state.StateDirectory;
import io.jenkins.plugins.wsus.simulator.SimulatorOptions;
import io.jenkins.plugins.wsus.simulator.WsusSimulator;
import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

/**
 * What waiting costs: 200 concurrent sync requests on 20 simulated servers, followed by the engine
 * (a fixed scheduler + a small I/O pool, no thread per waiter) vs. a naive baseline that gives
 * every waiter a platform thread that starts (or finds) the sync and polls it with sleeps. Measured
 * while every request waits: platform threads by name prefix, and heap used after a GC above the
 * idle baseline. Targets: engine threads <= 8, engine heap <= 64 MB.
 */
public final class WaitingCostBenchmark {
  private static final int SERVERS = 20;
  private static final int REQUESTS = 200;

  /** A sync of the default subscription takes 30 nominal seconds: 6 s here. */
  private static final double TIME_FACTOR = 0.2;

  public static void main(String[] args) throws Exception {
    run(System.out);
  }

  /** Runs the benchmark and prints the figures. */
  public static void run(PrintStream out) throws Exception {
    Map<String, WsusSimulator> sims = new LinkedHashMap<>();
    for (int i = 0; i < SERVERS; i++) {
      sims.put(
          "wsus" + i,
          WsusSimulator.start(
              SimulatorOptions.builder().https(false).timeFactor(TIME_FACTOR).build()));
    }
    try {
      out.printf(
          "WaitingCostBenchmark: %d concurrent sync requests on %d simulated servers%n",
          REQUESTS, SERVERS);
      long idleHeap = heapAfterGc();
      Measure engine = measureEngine(sims);
      for (WsusSimulator s : sims.values()) {
        s.model().awaitIdle(Duration.ofSeconds(60));
      }
      Measure naive = measureNaive(sims);
      out.printf(
          "  engine: %3d platform threads (prefix %s), heap +%.1f MB%n",
          engine.threads, SyncEngine.THREAD_PREFIX, (engine.heap - idleHeap) / 1e6);
      out.printf(
          "  naive thread-per-waiter: %3d platform threads, heap +%.1f MB%n",
          naive.threads, (naive.heap - idleHeap) / 1e6);
      out.printf(
          "  (both also use %d/%d client watchdog threads, one per server's client, not counted)%n",
          engine.clientThreads, naive.clientThreads);
      out.printf(
          "  ratio threads naive/engine: %.1fx; engine threads <= 8: %s; engine heap <= 64 MB: %s%n",
          (double) naive.threads / engine.threads,
          engine.threads <= 8 ? "MET" : "MISSED",
          (engine.heap - idleHeap) <= 64e6 ? "MET" : "MISSED");
    } finally {
      sims.values().forEach(WsusSimulator::close);
    }
  }

  private record Measure(int threads, int clientThreads, long heap) {}

  /** Each API Remoting client owns one watchdog thread (one per server, not per waiter). */
  private static final String CLIENT_PREFIX = "wsus-client-watchdog";

  private static Measure measureEngine(Map<String, WsusSimulator> sims) throws Exception {
    var dir = Files.createTempDirectory("wsus-waiting");
    try (StateDirectory state = StateDirectory.open(dir);
        SyncEngine engine =
            SyncEngine.builder(
                    ResilienceSettings.defaults(),
                    name -> client(sims.get(name), name),
                    new ChangeJournal(state.journal(), Clock.systemUTC()))
                .build()) {
      SyncPolicy policy =
          SyncPolicy.builder().polling(Duration.ofMillis(200), 1.5, Duration.ofSeconds(1)).build();
      List<CompletableFuture<SyncOutcome>> all = new ArrayList<>();
      for (int i = 0; i < REQUESTS; i++) {
        String server = "wsus" + (i % SERVERS);
        all.add(engine.sync(SyncRequest.of(server, policy, "bench-" + i), null).outcome());
      }
      Thread.sleep(2000); // every request is waiting now (a sync lasts about 6 s)
      int threads = countThreads(SyncEngine.THREAD_PREFIX);
      int clientThreads = countThreads(CLIENT_PREFIX);
      long heap = heapAfterGc();
      CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
      return new Measure(threads, clientThreads, heap);
    }
  }

  private static Measure measureNaive(Map<String, WsusSimulator> sims) throws Exception {
    Map<String, WsusApi> clients = new LinkedHashMap<>();
    sims.forEach((name, sim) -> clients.put(name, client(sim, name)));
    CountDownLatch done = new CountDownLatch(REQUESTS);
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < REQUESTS; i++) {
      WsusApi api = clients.get("wsus" + (i % SERVERS));
      Thread t =
          new Thread(
              () -> {
                try {
                  synchronized (api) { // start once, else attach
                    if (api.getSubscriptionState() != SynchronizationStatus.RUNNING) {
                      api.startSubscriptionManually();
                    }
                  }
                  while (api.getSubscriptionState() != SynchronizationStatus.NOT_PROCESSING) {
                    Thread.sleep(500);
                  }
                } catch (Exception e) {
                  // the baseline only measures waiting
                } finally {
                  done.countDown();
                }
              },
              "naive-waiter-" + i);
      threads.add(t);
      t.start();
    }
    Thread.sleep(2000);
    int count = countThreads("naive-waiter-");
    int clientThreads = countThreads(CLIENT_PREFIX);
    long heap = heapAfterGc();
    done.await();
    clients.values().forEach(WsusApi::close);
    return new Measure(count, clientThreads, heap);
  }

  private static int countThreads(String prefix) {
    return (int)
        Thread.getAllStackTraces().keySet().stream()
            .filter(t -> t.isAlive() && t.getName().startsWith(prefix))
            .count();
  }

  private static long heapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
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

  private WaitingCostBenchmark() {}
}
