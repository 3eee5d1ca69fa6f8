package io.jenkins.plugins.wsus.cli;

import io.jenkins.plugins.wsus.core.health.ServerHealth;
import io.jenkins.plugins.wsus.core.health.Verdict;
import io.jenkins.plugins.wsus.core.orchestrator.Orchestrator;
import io.jenkins.plugins.wsus.core.state.JsonFiles;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wsusctl health}: a server's sync health from its own history. */
@Command(
    name = "health",
    description = {
      "Read a server's synchronization history and say whether it is HEALTHY, DEGRADED or",
      "UNHEALTHY, and why. Exit code 0 for HEALTHY, 1 otherwise."
    },
    mixinStandardHelpOptions = true)
final class HealthCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ServerOptions server;
  @Mixin StateOptions state;

  @Option(names = "--json", description = "Print the health as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    try (Orchestrator orchestrator = state.open()) {
      orchestrator.register(server.entry());
      ServerHealth h = Futures.await(orchestrator.health(server.name));
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(new String(JsonFiles.toBytes(h), StandardCharsets.UTF_8));
      } else {
        print(out, h);
      }
      return h.verdict() == Verdict.HEALTHY ? ExitCode.OK : ExitCode.FAILED;
    }
  }

  static void print(PrintWriter out, ServerHealth h) {
    out.println(h.server() + ": " + h.verdict());
    h.reasons().forEach(r -> out.println("  - " + r));
    out.println(
        "  last success: " + (h.lastSuccessAt() == null ? "none known" : h.lastSuccessAt()));
    out.println(
        "  latest Patch Tuesday release: "
            + h.latestReleaseAt()
            + (h.syncedSinceLatestRelease() ? " (synced since)" : " (not synced since)"));
    h.breakerStates().forEach((name, s) -> out.println("  breaker " + name + ": " + s));
    if (h.quarantine() != null) {
      out.println("  quarantine: " + h.quarantine());
    }
    out.flush();
  }
}
