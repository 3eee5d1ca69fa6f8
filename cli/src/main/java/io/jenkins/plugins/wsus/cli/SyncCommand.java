package io.jenkins.plugins.wsus.cli;

import io.jenkins.plugins.wsus.core.catalog.imports.CatalogImportPlan;
import io.jenkins.plugins.wsus.core.engine.FallbackKind;
import io.jenkins.plugins.wsus.core.engine.RestoreMode;
import io.jenkins.plugins.wsus.core.engine.SyncHandle;
import io.jenkins.plugins.wsus.core.engine.SyncOutcome;
import io.jenkins.plugins.wsus.core.engine.SyncPolicy;
import io.jenkins.plugins.wsus.core.engine.SyncRequest;
import io.jenkins.plugins.wsus.core.orchestrator.Orchestrator;
import io.jenkins.plugins.wsus.core.orchestrator.ServerEntry;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wsusctl sync}: one resilient synchronization, followed to the end. */
@Command(
    name = "sync",
    description = {
      "Synchronize a WSUS server with its upstream and follow it to the end: classified retries,",
      "the shared circuit breaker, stall detection, and fallbacks (degraded sync, catalog import).",
      "Ctrl-C stops the sync on the server."
    },
    mixinStandardHelpOptions = true)
final class SyncCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ServerOptions server;
  @Mixin StateOptions state;

  @Option(
      names = "--timeout",
      defaultValue = "2h",
      description = "Overall limit (default: ${DEFAULT-VALUE}).")
  Duration timeout;

  @Option(
      names = "--stall-timeout",
      defaultValue = "30m",
      description = "No progress for this long stops the sync (default: ${DEFAULT-VALUE}).")
  Duration stallTimeout;

  @Option(
      names = "--degraded",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "On a bad update revision, quarantine the failing classification and sync without it (default: on).")
  boolean degraded;

  @Option(
      names = "--restore",
      defaultValue = "IMMEDIATELY",
      description =
          "When to restore quarantined classifications: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  RestoreMode restore;

  @Option(
      names = "--catalog-kb",
      paramLabel = "KB",
      split = ",",
      description =
          "KBs to import from the Microsoft Update Catalog when the upstream cannot deliver.")
  List<String> catalogKbs = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    ServerEntry entry = server.entry();
    try (Orchestrator orchestrator = state.open()) {
      orchestrator.register(entry);
      List<FallbackKind> fallbacks = new ArrayList<>();
      if (degraded) {
        fallbacks.add(FallbackKind.DEGRADED_SYNC);
      }
      if (!catalogKbs.isEmpty()) {
        fallbacks.add(FallbackKind.CATALOG_IMPORT);
      }
      SyncPolicy policy =
          SyncPolicy.defaults().toBuilder()
              .overallTimeout(timeout)
              .stallTimeout(stallTimeout)
              .degradedSyncEnabled(degraded)
              .restoreMode(restore)
              .fallbackOrder(fallbacks)
              .build();
      ConsoleSyncListener listener =
          new ConsoleSyncListener(System.out, System.console() != null, "");
      SyncHandle handle =
          orchestrator.sync(
              SyncRequest.of(entry.name(), policy, "wsusctl"),
              listener,
              catalogKbs.isEmpty() ? null : CatalogImportPlan.of(catalogKbs));
      // Ctrl-C: stop the sync on the server and wait (bounded) for the stop to be confirmed.
      Thread stopper =
          new Thread(
              () -> {
                handle.cancel("interrupted (Ctrl-C)");
                try {
                  handle.outcome().get(30, java.util.concurrent.TimeUnit.SECONDS);
                } catch (Exception ignored) {
                  // exiting anyway; the journal restores anything left changed at the next start
                }
              },
              "wsusctl-stop");
      Runtime.getRuntime().addShutdownHook(stopper);
      SyncOutcome outcome;
      try {
        outcome = Futures.await(handle.outcome());
      } finally {
        listener.done();
        try {
          Runtime.getRuntime().removeShutdownHook(stopper);
        } catch (IllegalStateException shuttingDown) {
          // the hook is running: the sync is being stopped
        }
      }
      print(spec.commandLine().getOut(), outcome, orchestrator);
      return switch (outcome.result()) {
        case SUCCEEDED -> ExitCode.OK;
        case CANCELED -> ExitCode.INTERRUPTED;
        case REJECTED -> ExitCode.UNREACHABLE;
        default -> ExitCode.FAILED;
      };
    }
  }

  static void print(PrintWriter out, SyncOutcome o, Orchestrator orchestrator) {
    out.println();
    out.println(
        "Outcome:  " + o.result() + " via " + o.path() + " after " + o.attempts() + " attempt(s)");
    out.println(
        "Time:     "
            + o.start()
            + " .. "
            + o.end()
            + " ("
            + Duration.between(o.start(), o.end()).toSeconds()
            + " s)");
    if (o.errorClass() != null) {
      out.println("Error:    " + o.errorClass() + ": " + o.errorText());
    }
    if (!o.quarantined().isEmpty()) {
      out.println(
          "Excluded: " + String.join(", ", o.quarantined().stream().map(q -> q.title()).toList()));
    }
    if (!o.importedUpdates().isEmpty()) {
      out.println("Imported: " + String.join(", ", o.importedUpdates()));
    }
    var paths = orchestrator.evidenceOf(o.runId());
    out.println("Evidence: " + paths.html() + "\n          " + paths.json());
    out.flush();
  }
}
