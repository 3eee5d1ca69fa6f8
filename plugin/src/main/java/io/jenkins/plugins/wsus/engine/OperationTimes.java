package io.jenkins.plugins.wsus.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * When each running operation started, in {@code <state>/operations/<id>}, so that a gate resumed
 * after a controller restart waits only for what is left of its wait.
 */
final class OperationTimes {
  private static final Logger LOG = Logger.getLogger(OperationTimes.class.getName());

  private OperationTimes() {}

  static void started(Path state, String id, Instant at) {
    try {
      Path dir = Files.createDirectories(state.resolve("operations"));
      Path tmp = Files.writeString(dir.resolve(id + ".tmp"), at.toString(), StandardCharsets.UTF_8);
      Files.move(tmp, dir.resolve(id), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Cannot record the start of WSUS operation " + id, e);
    }
  }

  static Optional<Instant> startedAt(Path state, String id) {
    Path file = state.resolve("operations").resolve(id);
    try {
      if (Files.isRegularFile(file) && Files.size(file) < 100) {
        return Optional.of(Instant.parse(Files.readString(file, StandardCharsets.UTF_8).trim()));
      }
    } catch (IOException | DateTimeParseException e) {
      LOG.log(Level.WARNING, "Cannot read the start of WSUS operation " + id + " in " + file, e);
    }
    return Optional.empty();
  }

  static void finished(Path state, String id) {
    try {
      Files.deleteIfExists(state.resolve("operations").resolve(id));
    } catch (IOException e) {
      LOG.log(Level.FINE, "Cannot delete the record of WSUS operation " + id, e);
    }
  }
}
