package io.jenkins.plugins.wsus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.wsus.core.util.DurationText;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code wsusctl}: the WSUS Orchestrator engine from a shell. Every command is a thin translation
 * of options into a core request and of the outcome into text and an {@link ExitCode}.
 */
@Command(
    name = "wsusctl",
    description = {
      "Resilient WSUS synchronization, health gates, catalog fallback and patch windows.",
      "Options can also come from WSUSCTL_<OPTION> environment variables or a JSON file",
      "(--config FILE or WSUSCTL_CONFIG); flags win over both."
    },
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    subcommands = {
      DemoCommand.class,
      SimulateCommand.class,
      SyncCommand.class,
      HealthCommand.class,
      GateCommand.class,
      CatalogCommand.class,
      ApproveCommand.class,
      WindowCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:the operation ran and failed (sync failed, gate FAIL)",
      "2:bad usage or configuration",
      "3:the gate was still waiting when --wait ended",
      "4:the server or catalog could not be reached, or refused the credentials",
      "130:interrupted"
    })
public final class Wsusctl {

  // Read before parsing (see configFile); declared so picocli accepts it on any command.
  @Option(
      names = "--config",
      paramLabel = "FILE",
      scope = ScopeType.INHERIT,
      description = "A JSON file of option values, e.g. {\"server-url\": \"https://wsus01:8531\"}.")
  Path config;

  private Wsusctl() {}

  public static void main(String[] args) {
    System.exit(run(args, System.getenv()));
  }

  /** Runs one command line and returns its exit code (never exits the JVM: tests call this). */
  static int run(String[] args, Map<String, String> environment) {
    CommandLine cli = new CommandLine(new Wsusctl());
    cli.setOut(new java.io.PrintWriter(System.out, true));
    cli.setErr(new java.io.PrintWriter(System.err, true));
    try {
      JsonNode file = configFile(args, environment);
      cli.setDefaultValueProvider(new EnvironmentAndFileDefaults(environment, file));
    } catch (ConfigurationException e) {
      cli.getErr().println("wsusctl: " + e.getMessage());
      return ExitCode.USAGE;
    }
    cli.setExecutionExceptionHandler(new UserErrorHandler());
    // Durations read as in Jenkins: 30s, 15m, 2h, 1d, 1h30m or ISO-8601.
    cli.registerConverter(Duration.class, DurationText::parse);
    return cli.execute(args);
  }

  /** The configuration file named by {@code --config} (anywhere on the line) or WSUSCTL_CONFIG. */
  private static JsonNode configFile(String[] args, Map<String, String> environment) {
    List<String> list = List.of(args);
    for (int i = 0; i < list.size(); i++) {
      String arg = list.get(i);
      if (arg.startsWith("--config=")) {
        return EnvironmentAndFileDefaults.readConfig(Path.of(arg.substring("--config=".length())));
      }
      if (arg.equals("--config")) {
        if (i + 1 >= list.size()) {
          throw new ConfigurationException("--config needs a file name");
        }
        return EnvironmentAndFileDefaults.readConfig(Path.of(list.get(i + 1)));
      }
    }
    String fromEnv = environment.get("WSUSCTL_CONFIG");
    return fromEnv == null || fromEnv.isBlank()
        ? null
        : EnvironmentAndFileDefaults.readConfig(Path.of(fromEnv));
  }
}
