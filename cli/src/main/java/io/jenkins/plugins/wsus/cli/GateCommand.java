package io.jenkins.plugins.wsus.cli;

import io.jenkins.plugins.wsus.core.health.GatePolicy;
import io.jenkins.plugins.wsus.core.health.GateResult;
import io.jenkins.plugins.wsus.core.orchestrator.Orchestrator;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wsusctl gate}: may a rollout proceed on this server's sync health? */
@Command(
    name = "gate",
    description = {
      "Decide whether a patch rollout may proceed: PASS (exit 0), FAIL (exit 1), or still WAIT",
      "when --wait ends (exit 3). While waiting it reacts to new syncs; it does not poll hard."
    },
    mixinStandardHelpOptions = true)
final class GateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ServerOptions server;
  @Mixin StateOptions state;

  @Option(
      names = "--max-age",
      defaultValue = "24h",
      description = "Newest successful sync must be younger (default: ${DEFAULT-VALUE}).")
  Duration maxAge;

  @Option(
      names = "--require-after-patch-tuesday",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "Require a successful sync after the latest Patch Tuesday release (default: on).")
  boolean afterPatchTuesday;

  @Option(
      names = "--allow-degraded",
      description = "Accept a sync with a quarantined classification.")
  boolean allowDegraded;

  @Option(
      names = "--wait",
      defaultValue = "0",
      description = "How long to wait for PASS (default: ${DEFAULT-VALUE}: decide now).")
  Duration wait;

  @Override
  public Integer call() throws Exception {
    try (Orchestrator orchestrator = state.open()) {
      orchestrator.register(server.entry());
      GatePolicy policy = new GatePolicy(maxAge, afterPatchTuesday, allowDegraded, true);
      GateResult r = Futures.await(orchestrator.gate(server.name, policy, wait));
      PrintWriter out = spec.commandLine().getOut();
      out.println(
          "Gate on " + server.name + ": " + r.decision() + (r.timedOut() ? " (wait ended)" : ""));
      r.reasons().forEach(reason -> out.println("  - " + reason));
      out.flush();
      return switch (r.decision()) {
        case PASS -> ExitCode.OK;
        case WAIT -> ExitCode.STILL_WAITING;
        case FAIL -> r.timedOut() ? ExitCode.STILL_WAITING : ExitCode.FAILED;
      };
    }
  }
}
