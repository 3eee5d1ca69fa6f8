package io.jenkins.plugins.wsus.core.resilience;

import com.fasterxml.jackson.core.type.TypeReference;
import io.jenkins.plugins.wsus.core.state.JsonFiles;
import io.jenkins.plugins.wsus.core.state.StateFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Persists breaker states in one JSON file ({@code breakers/breakers.json}), rewritten atomically
 * on every transition. Failure counts inside the sliding window are NOT persisted: after a restart
 * a CLOSED breaker starts with an empty window.
 */
public final class BreakerStateStore {
  private final Path file;
  private final Map<String, PersistedBreaker> states = new TreeMap<>();

  /**
   * @param directory the state directory's {@code breakers} folder
   * @throws StateFileException if the file exists but cannot be parsed (never silently reset)
   */
  public BreakerStateStore(Path directory) {
    this.file = directory.resolve("breakers.json");
    if (Files.exists(file)) {
      states.putAll(
          JsonFiles.<Map<String, PersistedBreaker>>read(
              file,
              JsonFiles.mapper()
                  .getTypeFactory()
                  .constructType(new TypeReference<TreeMap<String, PersistedBreaker>>() {})));
    }
  }

  /** The file. */
  public Path file() {
    return file;
  }

  /** A copy of every persisted state. */
  public synchronized Map<String, PersistedBreaker> load() {
    return new TreeMap<>(states);
  }

  /** Records a breaker's new state and rewrites the file. */
  public synchronized void save(String name, PersistedBreaker state) {
    states.put(name, state);
    JsonFiles.writeAtomically(file, new TreeMap<>(states));
  }
}
