package io.jenkins.plugins.wsus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowCommandTest {

  @Test
  void listsTheNextWindowsOfASpec() {
    CliRunner.Result r =
        CliRunner.run(
            "window",
            "next",
            "--spec",
            "PT+7d 22:00-04:00 Europe/Berlin",
            "--count",
            "2",
            "--from",
            "2025-07-01T00:00:00Z");
    assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
    // Patch Tuesday July 2025 was the 8th; +7 days is the 15th, ending the next morning.
    assertThat(r.out())
        .contains("Tue 2025-07-15 22:00 CEST", "Wed 2025-07-16 04:00 CEST")
        .contains("Tue 2025-08-19 22:00 CEST");
  }

  @Test
  void nonsenseSpecIsAUsageErrorNamingTheToken() {
    CliRunner.Result r =
        CliRunner.run("window", "next", "--spec", "PT+7d 25:00-04:00 Europe/Berlin");
    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("'25:00'").doesNotContain("Exception", "\tat ");
  }

  @Test
  void specComesFromTheEnvironmentWhenNotTyped() {
    CliRunner.Result r =
        CliRunner.run(
            Map.of("WSUSCTL_SPEC", "PT+1d 20:00+2h UTC"),
            "window",
            "next",
            "--count",
            "1",
            "--from",
            "2025-07-01T00:00:00Z");
    assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("2025-07-09 20:00 UTC");
  }

  @Test
  void ringsComeFromAPlanFile(@TempDir Path dir) throws Exception {
    Path plan = dir.resolve("rings.txt");
    Files.writeString(
        plan,
        "window PT+1d 22:00-02:00 UTC\n"
            + "ring pilot +0d soak 2d group Ring 1 - Pilot\n"
            + "ring broad +5d soak 0 group Ring 2 - Broad\n");
    CliRunner.Result r =
        CliRunner.run(
            "window",
            "next",
            "--rings",
            plan.toString(),
            "--count",
            "2",
            "--from",
            "2025-07-01T00:00:00Z");
    assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(r.out())
        .contains("Ring 1 - Pilot", "Ring 2 - Broad", "2025-07-09 22:00", "2025-07-14 22:00");
  }

  @Test
  void configFileSuppliesOptionsAndFlagsWin(@TempDir Path dir) throws Exception {
    Path config = dir.resolve("wsusctl.json");
    Files.writeString(config, "{\"spec\": \"PT+1d 20:00+2h UTC\", \"count\": 1}");
    CliRunner.Result fromFile =
        CliRunner.run(
            "--config", config.toString(), "window", "next", "--from", "2025-07-01T00:00:00Z");
    assertThat(fromFile.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(fromFile.out()).contains("2025-07-09 20:00 UTC").doesNotContain("2025-08");

    CliRunner.Result flagWins =
        CliRunner.run(
            "--config",
            config.toString(),
            "window",
            "next",
            "--spec",
            "PT+2d 20:00+2h UTC",
            "--from",
            "2025-07-01T00:00:00Z");
    assertThat(flagWins.out()).contains("2025-07-10 20:00 UTC");
  }

  @Test
  void malformedConfigFileIsNamedWithItsPosition(@TempDir Path dir) throws Exception {
    Path config = dir.resolve("bad.json");
    Files.writeString(config, "{\"spec\": }");
    CliRunner.Result r = CliRunner.run("--config", config.toString(), "window", "next");
    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains(config.toString(), "line 1");
  }

  @Test
  void everyCommandHasHelp() {
    assertThat(CliRunner.run("--help").out()).contains("Exit codes", "window");
    assertThat(CliRunner.run("window", "next", "--help").out())
        .contains("--spec", "--rings", "--count");
  }
}
