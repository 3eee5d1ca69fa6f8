package io.jenkins.plugins.wsus.window;

import io.jenkins.plugins.wsus.core.state.FileNames;
import io.jenkins.plugins.wsus.core.state.JsonFiles;
import io.jenkins.plugins.wsus.core.state.StateFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One small JSON file per job ({@code <dir>/<safe job name>.json}) holding its {@link
 * WindowTriggerState}, replaced atomically so a crash leaves the old or the new state, never half.
 * Keyed by the job's full name: renaming a job starts its trigger afresh (nothing retroactive).
 */
public final class TriggerStateStore {
  private final Path directory;

  public TriggerStateStore(Path directory) {
    this.directory = Objects.requireNonNull(directory, "directory");
  }

  /** The file of {@code jobFullName}. */
  public Path fileFor(String jobFullName) {
    return directory.resolve(FileNames.safeStem(jobFullName) + ".json");
  }

  /**
   * The saved state; empty when there is none.
   *
   * @throws StateFileException when the file exists but cannot be read (the caller decides)
   */
  public Optional<WindowTriggerState> load(String jobFullName) {
    Path file = fileFor(jobFullName);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    return Optional.of(JsonFiles.read(file, WindowTriggerState.class));
  }

  /**
   * Saves {@code state} atomically.
   *
   * @throws StateFileException when it cannot be written
   */
  public void save(String jobFullName, WindowTriggerState state) {
    JsonFiles.writeAtomically(fileFor(jobFullName), state);
  }
}
