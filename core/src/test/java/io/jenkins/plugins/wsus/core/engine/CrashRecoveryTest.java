package io.jenkins.plugins.wsus.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.wsus.core.client.ApiRemotingClient;
import io.jenkins.plugins.wsus.core.client.WsusClientConfig;
import io.jenkins.plugins.wsus.core.journal.ChangeJournal;
import io.jenkins.plugins.wsus.core.journal.RecoveryReport;
import io.jenkins.plugins.wsus.core.state.StateDirectory;
import io.jenkins.plugins.wsus.simulator.SimulatorOptions;
import io.jenkins.plugins.wsus.simulator.WsusSimulator;
import io.jenkins.plugins.wsus.simulator.model.Category;
import io.jenkins.plugins.wsus.simulator.scenario.UpstreamScenario;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM runs a degraded sync and is killed (destroyForcibly) right after its k-th journal
 * step, for every k; then a fresh engine in this JVM recovers. In every case the simulator's
 * subscription ends with the original classification set and no journal entry stays open.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class CrashRecoveryTest {

  @TempDir Path tmp;

  private record ChildRun(List<String> lines, boolean killed) {}

  @Test
  void killedAtEveryJournalStepTheServerEndsWithTheOriginalSet() throws Exception {
    try (WsusSimulator sim =
        WsusSimulator.start(SimulatorOptions.builder().https(false).timeFactor(0.001).build())) {
      subscribeAll(sim);
      Set<UUID> original = ids(sim);
      sim.scenarios().set(UpstreamScenario.badRevision("Updates"));

      // A full run first: how many journal steps a degraded sync takes.
      ChildRun full = runChild(sim, tmp.resolve("state-full"), Integer.MAX_VALUE);
      assertThat(full.killed()).isFalse();
      String done = full.lines().get(full.lines().size() - 1);
      assertThat(done).startsWith(DegradedSyncChild.DONE + " SUCCEEDED DEGRADED");
      int steps = Integer.parseInt(done.substring(done.lastIndexOf(' ') + 1));
      assertThat(steps).isGreaterThanOrEqualTo(3);
      System.out.println(
          "crash test: a degraded sync journals " + steps + " steps: " + full.lines());
      assertThat(ids(sim)).isEqualTo(original);

      for (int k = 1; k <= steps; k++) {
        Path state = tmp.resolve("state-" + k);
        ChildRun run = runChild(sim, state, k);
        assertThat(run.killed()).as("child killed at step %d", k).isTrue();
        sim.model().awaitIdle(Duration.ofSeconds(10));

        List<RecoveryReport.Outcome> outcomes = recoverWithAFreshEngine(sim, state);
        assertThat(ids(sim)).as("classifications after a kill at step %d", k).isEqualTo(original);
        assertThat(outcomes).noneMatch(o -> o.result() == RecoveryReport.Result.FAILED);
        try (StateDirectory dir = StateDirectory.open(state)) {
          assertThat(new ChangeJournal(dir.journal(), Clock.systemUTC()).read().unfinished())
              .as("open journal entries after recovery (kill at step %d)", k)
              .isEmpty();
        }
      }
    }
  }

  private static List<RecoveryReport.Outcome> recoverWithAFreshEngine(WsusSimulator sim, Path state)
      throws Exception {
    try (StateDirectory dir = StateDirectory.open(state);
        SyncEngine engine =
            SyncEngine.builder(
                    EngineHarness.fastSettings().build(),
                    name -> client(sim, name),
                    new ChangeJournal(dir.journal(), Clock.systemUTC()))
                .build()) {
      return engine.recover("wsus01").get(30, TimeUnit.SECONDS).outcomes();
    }
  }

  private static ApiRemotingClient client(WsusSimulator sim, String name) {
    return new ApiRemotingClient(
        WsusClientConfig.builder()
            .serverName(name)
            .baseUrl(sim.wsusUrl())
            .account(EngineHarness.ACCOUNT)
            .password(EngineHarness.PASSWORD.toCharArray())
            .build());
  }

  /** Runs the child; kills it right after it printed its k-th journal marker. */
  private static ChildRun runChild(WsusSimulator sim, Path state, int killAt) throws Exception {
    Files.createDirectories(state);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder pb =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                DegradedSyncChild.class.getName(),
                sim.wsusUrl(),
                state.toString())
            .redirectErrorStream(true);
    Process child = pb.start();
    List<String> lines = new ArrayList<>();
    boolean killed = false;
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      int markers = 0;
      while ((line = in.readLine()) != null) {
        if (line.startsWith(DegradedSyncChild.MARKER)) {
          lines.add(line);
          if (++markers == killAt) {
            child.destroyForcibly();
            killed = true;
            break;
          }
        } else if (line.startsWith(DegradedSyncChild.DONE)) {
          lines.add(line);
        }
      }
    } finally {
      if (!child.waitFor(30, TimeUnit.SECONDS)) {
        child.destroyForcibly();
      }
    }
    assertThat(lines).as("child output").isNotEmpty();
    return new ChildRun(lines, killed);
  }

  private static void subscribeAll(WsusSimulator sim) {
    sim.model()
        .setSubscribedClassifications(
            sim.model().categories(true).stream().map(Category::title).toList());
  }

  private static Set<UUID> ids(WsusSimulator sim) {
    return sim.model().subscribedClassifications().stream()
        .map(Category::id)
        .collect(Collectors.toSet());
  }
}
