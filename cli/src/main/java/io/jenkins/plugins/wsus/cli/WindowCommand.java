package io.jenkins.plugins.wsus.cli;

import io.jenkins.plugins.wsus.core.calendar.PatchCalendar;
import io.jenkins.plugins.wsus.core.calendar.PatchWindow;
import io.jenkins.plugins.wsus.core.calendar.PatchWindowSpec;
import io.jenkins.plugins.wsus.core.calendar.RingPlan;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wsusctl window next}: the next patch windows of a spec or a ring plan. */
@Command(
    name = "window",
    description = "Patch windows: Patch Tuesday + N, rings and blackout dates.",
    mixinStandardHelpOptions = true,
    subcommands = {WindowCommand.Next.class})
final class WindowCommand {

  /** Lists upcoming windows. */
  @Command(
      name = "next",
      description = {
        "Show the next patch windows.",
        "Example: wsusctl window next --spec 'PT+7d 22:00-04:00 Europe/Berlin' --count 6"
      },
      mixinStandardHelpOptions = true)
  static final class Next implements Callable<Integer> {
    private static final DateTimeFormatter LOCAL =
        DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm z", Locale.ENGLISH);

    @Spec CommandSpec spec;

    @Option(
        names = "--spec",
        paramLabel = "SPEC",
        description = "A window such as 'PT+7d 22:00-04:00 Europe/Berlin' (one ring).")
    String windowSpec;

    @Option(
        names = "--rings",
        paramLabel = "FILE",
        description =
            "A ring plan file ('window ...' and 'ring ...' lines); see docs/patch-windows.md.")
    Path ringsFile;

    @Option(names = "--ring", paramLabel = "NAME", description = "Only this ring's windows.")
    String ring;

    @Option(
        names = "--count",
        defaultValue = "6",
        description = "How many windows to show (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(
        names = "--from",
        paramLabel = "INSTANT",
        description =
            "Start from this instant (ISO-8601, e.g. 2025-07-01T00:00:00Z); default: now.")
    Instant from;

    @Override
    public Integer call() throws IOException {
      RingPlan plan = plan();
      if (count < 1 || count > PatchCalendar.MAX_WINDOWS) {
        throw new ConfigurationException(
            "--count must be between 1 and " + PatchCalendar.MAX_WINDOWS + ", was " + count);
      }
      PatchCalendar calendar = PatchCalendar.of(plan);
      Instant start = from == null ? Instant.now() : from;
      List<PatchWindow> windows =
          ring == null
              ? calendar.nextWindows(start, count)
              : calendar.nextWindows(start, count, ring);
      PrintWriter out = spec.commandLine().getOut();
      out.println("Plan:");
      for (String line : plan.toString().split("\n")) {
        out.println("  " + line);
      }
      out.println();
      out.printf("%-8s %-10s %-26s %-26s %s%n", "release", "ring", "opens", "closes", "group");
      for (PatchWindow w : windows) {
        out.printf(
            "%-8s %-10s %-26s %-26s %s%n",
            w.release(),
            w.ring(),
            LOCAL.format(w.localStart()),
            LOCAL.format(w.localEnd()),
            w.targetGroup());
      }
      return ExitCode.OK;
    }

    private RingPlan plan() throws IOException {
      if ((windowSpec == null) == (ringsFile == null)) {
        throw new ConfigurationException("give exactly one of --spec or --rings");
      }
      if (windowSpec != null) {
        return RingPlan.of(PatchWindowSpec.parse(windowSpec));
      }
      if (!Files.isRegularFile(ringsFile)) {
        throw new ConfigurationException("ring plan file " + ringsFile + " does not exist");
      }
      if (Files.size(ringsFile) > EnvironmentAndFileDefaults.MAX_CONFIG_BYTES) {
        throw new ConfigurationException("ring plan file " + ringsFile + " is too large");
      }
      return RingPlan.parse(Files.readString(ringsFile));
    }
  }
}
