package io.jenkins.plugins.wsus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The README's main command tells the whole story and leaves the evidence where it says. */
class DemoCommandTest {
  @Test
  @Timeout(180)
  void theDemoTellsTheJuly2025StoryEndToEnd(@TempDir Path state) throws Exception {
    CliRunner.Result r = CliRunner.run("demo", "--state-dir", state.toString(), "--speed", "0.005");
    assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(ExitCode.OK);
    assertThat(r.out())
        .contains("The upstream breaker is now OPEN")
        .contains("Refused in")
        .contains("Synced without: Updates")
        .contains("KB5062572: DELIVERED".substring(0, 9))
        .contains("Outage gate (degraded accepted): PASS")
        .contains("approved for Install in target group 'Ring 1 - Pilot'")
        .contains("'Updates' is back in the subscription")
        .contains("Demo complete");
    assertThat(state.resolve("demo-summary.json")).isRegularFile();
    try (var files = Files.list(state.resolve("evidence"))) {
      assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith(".html"));
    }
  }
}
