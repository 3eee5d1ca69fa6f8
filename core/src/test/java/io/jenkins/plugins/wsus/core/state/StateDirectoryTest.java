package io.jenkins.plugins.wsus.core.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class StateDirectoryTest {
  @TempDir Path tmp;

  @Test
  void createsTheLayoutAndLocksIt() {
    Path root = tmp.resolve("wsus-orchestrator");
    try (StateDirectory dir = StateDirectory.open(root)) {
      assertThat(dir.breakers()).isDirectory();
      assertThat(dir.journal()).isDirectory();
      assertThat(dir.health()).isDirectory();
      assertThat(dir.evidence()).isDirectory();
      assertThat(dir.isLocked()).isTrue();
      assertThatThrownBy(() -> StateDirectory.open(root))
          .isInstanceOf(StateDirectoryLockedException.class)
          .hasMessageContaining(root.resolve(".lock").toString())
          .hasMessageContaining("in use by another WSUS Orchestrator process");
    }
    try (StateDirectory again = StateDirectory.open(root)) {
      assertThat(again.isLocked()).isTrue();
    }
  }

  @Test
  @Timeout(60)
  void anotherProcessCannotOpenALockedDirectory() throws Exception {
    Path root = tmp.resolve("shared-state");
    try (StateDirectory held = StateDirectory.open(root)) {
      assertThat(held.isLocked()).isTrue();
      Process probe = startProbe(root);
      assertThat(probe.waitFor()).isEqualTo(3);
      assertThat(new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
          .contains("in use by another WSUS Orchestrator process");
    }
    Process after = startProbe(root);
    assertThat(after.waitFor()).isZero();
  }

  private static Process startProbe(Path root) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            LockProbe.class.getName(),
            root.toString())
        .redirectErrorStream(true)
        .start();
  }

  @Test
  void atomicWritesReplaceWholeFilesAndLeaveNoTempFiles() throws IOException {
    Path file = tmp.resolve("sub/state.json");
    JsonFiles.writeAtomically(file, Map.of("at", Instant.parse("2025-07-09T08:00:00Z"), "n", 1));
    JsonFiles.writeAtomically(file, Map.of("at", Instant.parse("2025-07-09T09:00:00Z"), "n", 2));
    assertThat(Files.readString(file)).contains("\"2025-07-09T09:00:00Z\"").doesNotContain("08:00");
    try (var files = Files.list(file.getParent())) {
      assertThat(files.toList()).containsExactly(file);
    }
  }

  @Test
  void readsNameTheFileAndTheProblem() throws IOException {
    Path broken = tmp.resolve("broken.json");
    Files.writeString(broken, "{\"n\": ");
    assertThatThrownBy(() -> JsonFiles.read(broken, Map.class))
        .isInstanceOf(StateFileException.class)
        .hasMessageStartingWith(broken.toString())
        .hasMessageContaining("not valid JSON");
    assertThatThrownBy(() -> JsonFiles.read(tmp.resolve("missing.json"), Map.class))
        .hasMessageContaining("file does not exist");
    Path huge = tmp.resolve("huge.json");
    try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
      f.setLength(JsonFiles.MAX_FILE_BYTES + 1);
    }
    assertThatThrownBy(() -> JsonFiles.read(huge, Map.class))
        .hasMessageContaining("more than the " + JsonFiles.MAX_FILE_BYTES + " allowed");
  }

  @Test
  void retentionKeepsTheNewestWithinAgeAndCount() {
    Instant now = Instant.parse("2025-07-31T00:00:00Z");
    List<Instant> items =
        List.of(
            now.minus(Duration.ofDays(1)),
            now.minus(Duration.ofDays(5)),
            now.minus(Duration.ofDays(40)),
            now.minus(Duration.ofDays(2)));
    assertThat(Retention.toDelete(items, i -> i, Duration.ofDays(30), -1, now))
        .containsExactly(now.minus(Duration.ofDays(40)));
    assertThat(Retention.toDelete(items, i -> i, null, 2, now))
        .containsExactly(now.minus(Duration.ofDays(5)), now.minus(Duration.ofDays(40)));
    assertThat(Retention.toDelete(items, i -> i, null, -1, now)).isEmpty();
  }

  @Test
  void fileNamesAreSafeAndDistinct() {
    assertThat(FileNames.safeStem("upstream:Microsoft Update"))
        .matches("upstream_Microsoft_Update-[0-9a-f]{8}");
    assertThat(FileNames.safeStem("a:b")).isNotEqualTo(FileNames.safeStem("a/b"));
    assertThat(FileNames.safeStem("../../etc/passwd")).doesNotContain("/");
  }
}
