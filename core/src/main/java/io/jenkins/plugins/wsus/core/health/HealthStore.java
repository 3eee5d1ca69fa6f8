package io.jenkins.plugins.wsus.core.health;

import io.jenkins.plugins.wsus.core.state.FileNames;
import io.jenkins.plugins.wsus.core.state.JsonFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Persists each server's latest {@link ServerHealth} in the state directory's {@code health} folder
 * and tells listeners (gates waiting, the management page) when one changes.
 */
public final class HealthStore {
  private static final Logger LOG = LoggerFactory.getLogger(HealthStore.class);

  private final Path directory;
  private final ConcurrentHashMap<String, ServerHealth> latest = new ConcurrentHashMap<>();
  private final CopyOnWriteArrayList<Consumer<ServerHealth>> listeners =
      new CopyOnWriteArrayList<>();

  /**
   * @param directory the health folder
   */
  public HealthStore(Path directory) {
    this.directory = Objects.requireNonNull(directory, "directory");
  }

  /** Saves the snapshot durably, then notifies listeners. */
  public void save(ServerHealth health) {
    synchronized (this) {
      JsonFiles.writeAtomically(fileOf(health.server()), health);
      latest.put(health.server(), health);
    }
    for (Consumer<ServerHealth> listener : listeners) {
      try {
        listener.accept(health);
      } catch (RuntimeException e) {
        LOG.warn("A health listener failed for {}", health.server(), e);
      }
    }
  }

  /** The latest snapshot of a server (from memory, else from disk). */
  public Optional<ServerHealth> load(String server) {
    ServerHealth cached = latest.get(server);
    if (cached != null) {
      return Optional.of(cached);
    }
    Path file = fileOf(server);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    ServerHealth read = JsonFiles.read(file, ServerHealth.class);
    latest.putIfAbsent(server, read);
    return Optional.of(read);
  }

  /**
   * Subscribes to snapshot changes.
   *
   * @return closing it unsubscribes
   */
  public AutoCloseable subscribe(Consumer<ServerHealth> listener) {
    listeners.add(Objects.requireNonNull(listener));
    return () -> listeners.remove(listener);
  }

  private Path fileOf(String server) {
    return directory.resolve(FileNames.safeStem(server) + ".json");
  }
}
