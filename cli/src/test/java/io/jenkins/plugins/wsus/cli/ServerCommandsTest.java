package io.jenkins.plugins.wsus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.wsus.simulator.SimulatorOptions;
import io.jenkins.plugins.wsus.simulator.scenario.UpstreamScenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** wsusctl's server commands against the embedded simulators, credentials from the environment. */
@Timeout(120)
class ServerCommandsTest {
  @TempDir Path state;
  private SimulatorStack stack;
  private Map<String, String> env;

  @BeforeEach
  void start() {
    stack =
        SimulatorStack.start(
            SimulatorOptions.builder().https(false).httpPort(0).httpsPort(0),
            0.001,
            UpstreamScenario.healthy());
    env =
        Map.of(
            "WSUSCTL_SERVER_URL",
            stack.wsus.wsusUrl(),
            "WSUSCTL_USER",
            "CORP\\wsusadmin",
            "WSUSCTL_PASSWORD",
            "Passw0rd!",
            "WSUSCTL_STATE_DIR",
            state.toString());
  }

  @AfterEach
  void stop() {
    stack.close();
  }

  @Test
  void syncSucceedsAndPointsToTheEvidence() {
    CliRunner.Result r = CliRunner.run(env, "sync", "--server-name", "hq");
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("Outcome:  SUCCEEDED via UPSTREAM", "Evidence:", ".html");
    assertThat(r.out()).doesNotContain("Passw0rd!");
  }

  @Test
  void syncInTheJuly2025OutageQuarantinesUpdates() {
    stack.wsus.scenarios().set(UpstreamScenario.badRevision("Updates"));
    CliRunner.Result r = CliRunner.run(env, "sync");
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("via DEGRADED", "Excluded: Updates");
  }

  @Test
  void aSyncThatFailsExitsOne() {
    stack.wsus.scenarios().set(UpstreamScenario.tlsMismatch());
    CliRunner.Result r = CliRunner.run(env, "sync", "--no-degraded");
    assertThat(r.exitCode()).isEqualTo(ExitCode.FAILED);
    assertThat(r.out()).contains("CONFIGURATION");
  }

  @Test
  void healthAndGate() {
    CliRunner.Result health = CliRunner.run(env, "health");
    assertThat(health.exitCode()).as(health.out() + health.err()).isEqualTo(ExitCode.OK);
    assertThat(health.out()).contains("HEALTHY", "last success");

    CliRunner.Result gate = CliRunner.run(env, "gate", "--max-age", "26h");
    assertThat(gate.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(gate.out()).contains("PASS");

    CliRunner.Result strict = CliRunner.run(env, "gate", "--max-age", "PT1H");
    assertThat(strict.exitCode()).isEqualTo(ExitCode.STILL_WAITING);
  }

  @Test
  void catalogImportThenApproveAndPromote() {
    List<String> importArgs =
        new ArrayList<>(
            List.of(
                "catalog",
                "import",
                "--kb",
                "KB5062572",
                "--catalog-url",
                stack.catalogUrl().toString()));
    CliRunner.Result imported = CliRunner.run(env, importArgs.toArray(String[]::new));
    assertThat(imported.exitCode()).as(imported.out() + imported.err()).isEqualTo(ExitCode.OK);
    assertThat(imported.out()).contains("KB5062572: DELIVERED");

    CliRunner.Result pilot =
        CliRunner.run(
            env,
            "catalog",
            "import",
            "--kb",
            "KB5062572",
            "--approve-group",
            "Ring 1 - Pilot",
            "--catalog-url",
            stack.catalogUrl().toString());
    assertThat(pilot.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(pilot.out()).contains("approved for Ring 1 - Pilot");
    assertThat(stack.wsus.model().approvals()).hasSize(1);

    CliRunner.Result broad =
        CliRunner.run(
            env,
            "approve",
            "--group",
            "Ring 2 - Broad",
            "--from-group",
            "Ring 1 - Pilot",
            "--deadline",
            "P7D",
            "--catalog-url",
            stack.catalogUrl().toString());
    assertThat(broad.exitCode()).as(broad.out() + broad.err()).isEqualTo(ExitCode.OK);
    assertThat(broad.out()).contains("approved for Ring 2 - Broad");
    assertThat(stack.wsus.model().approvals()).hasSize(2);
  }

  @Test
  void wrongPasswordExitsFourWithoutEchoingIt() {
    Map<String, String> wrong = new java.util.HashMap<>(env);
    wrong.put("WSUSCTL_PASSWORD", "not-the-password");
    CliRunner.Result r = CliRunner.run(wrong, "health");
    assertThat(r.exitCode()).isEqualTo(ExitCode.UNREACHABLE);
    assertThat(r.err()).contains("401").doesNotContain("not-the-password").doesNotContain("\tat ");
  }

  @Test
  void aMissingServerUrlIsAUsageError() {
    CliRunner.Result r = CliRunner.run(Map.of(), "health", "--user", "x", "--password", "y");
    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("--server-url");
  }
}
