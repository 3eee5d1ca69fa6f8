package io.jenkins.plugins.wsus.cli;

import io.jenkins.plugins.wsus.core.catalog.imports.CatalogImportResult;
import io.jenkins.plugins.wsus.core.model.ApprovalAction;
import io.jenkins.plugins.wsus.core.orchestrator.ApprovalRequest;
import io.jenkins.plugins.wsus.core.orchestrator.Orchestrator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wsusctl approve}: approve updates for a target group (a ring). */
@Command(
    name = "approve",
    description = {
      "Approve updates for a WSUS target group: the given KBs, and/or what was approved for",
      "--from-group (promote a ring). Every approval is journaled first."
    },
    mixinStandardHelpOptions = true)
final class ApproveCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ServerOptions server;
  @Mixin StateOptions state;
  @Mixin CatalogCommand.CatalogOptions catalog;

  @Option(
      names = "--group",
      required = true,
      paramLabel = "GROUP",
      description = "Target group, e.g. 'Ring 1 - Pilot'.")
  String group;

  @Option(names = "--kb", paramLabel = "KB", split = ",", description = "KB numbers to approve.")
  List<String> kbs = new ArrayList<>();

  @Option(
      names = "--from-group",
      paramLabel = "GROUP",
      description = "Also approve what this product approved for that group.")
  String fromGroup;

  @Option(names = "--uninstall", description = "Approve for removal instead of installation.")
  boolean uninstall;

  @Option(
      names = "--deadline",
      paramLabel = "DURATION",
      description = "Installation deadline from now, e.g. 3d.")
  Duration deadline;

  @Override
  public Integer call() throws Exception {
    try (Orchestrator orchestrator = state.open(catalog.config())) {
      orchestrator.register(server.entry());
      ApprovalRequest request =
          new ApprovalRequest(
              server.name,
              group,
              kbs,
              fromGroup,
              uninstall ? ApprovalAction.UNINSTALL : ApprovalAction.INSTALL,
              deadline == null ? null : Instant.now().plus(deadline),
              UUID.randomUUID().toString(),
              "wsusctl");
      CatalogImportResult r =
          Futures.await(orchestrator.approve(request, ImportResults.toConsole(System.out, "")));
      ImportResults.print(spec.commandLine().getOut(), r);
      return ImportResults.exitCode(r);
    }
  }
}
