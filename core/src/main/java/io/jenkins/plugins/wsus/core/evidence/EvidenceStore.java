package io.jenkins.plugins.wsus.core.evidence;

import io.jenkins.plugins.wsus.core.state.FileNames;
import io.jenkins.plugins.wsus.core.state.JsonFiles;
import io.jenkins.plugins.wsus.core.state.Retention;
import io.jenkins.plugins.wsus.core.state.StateFileException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps run records in the state directory's {@code evidence} folder as {@code <run>.json} plus a
 * self-contained {@code <run>.html}, with retention by age and count so nothing grows without
 * bound.
 */
public final class EvidenceStore {
  private static final Logger LOG = LoggerFactory.getLogger(EvidenceStore.class);
  private final Path directory;
  private final Clock clock;
  private final Duration maxAge;
  private final int maxCount;

  /**
   * @param directory the evidence folder
   * @param clock time source for retention
   * @param maxAge records older than this are pruned
   * @param maxCount at most this many records are kept (newest first)
   */
  public EvidenceStore(Path directory, Clock clock, Duration maxAge, int maxCount) {
    this.directory = Objects.requireNonNull(directory, "directory");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
    if (maxCount < 1) {
      throw new IllegalArgumentException("maxCount must be at least 1 (was " + maxCount + ")");
    }
    this.maxCount = maxCount;
  }

  /** Writes the record's JSON and HTML, then applies retention. */
  public synchronized Paths save(RunRecord record) {
    Paths paths = pathsOf(record.runId());
    JsonFiles.writeAtomically(paths.json(), record);
    JsonFiles.writeAtomically(
        paths.html(), HtmlReport.render(record).getBytes(StandardCharsets.UTF_8));
    prune();
    return paths;
  }

  /** Reads a record back. */
  public synchronized RunRecord load(String runId) {
    return JsonFiles.read(pathsOf(runId).json(), RunRecord.class);
  }

  /** Every readable record, newest first; unreadable files are skipped here but never deleted. */
  public synchronized List<RunRecord> list() {
    List<RunRecord> records = new ArrayList<>();
    for (Path file : jsonFiles()) {
      try {
        records.add(JsonFiles.read(file, RunRecord.class));
      } catch (StateFileException e) {
        // a damaged record stays on disk for a person to look at; listing goes on
        LOG.warn("Skipping unreadable evidence record: {}", e.getMessage());
      }
    }
    records.sort(Comparator.comparing(RunRecord::startedAt).reversed());
    return records;
  }

  /** Deletes records beyond the age and count limits; returns the run ids deleted. */
  public synchronized List<String> prune() {
    List<String> deleted = new ArrayList<>();
    for (RunRecord old :
        Retention.toDelete(list(), RunRecord::startedAt, maxAge, maxCount, clock.instant())) {
      Paths paths = pathsOf(old.runId());
      try {
        Files.deleteIfExists(paths.json());
        Files.deleteIfExists(paths.html());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot delete old evidence " + paths.json(), e);
      }
      deleted.add(old.runId());
    }
    return deleted;
  }

  /** Where a run's files live. */
  public Paths pathsOf(String runId) {
    String stem = FileNames.safeStem(runId);
    return new Paths(directory.resolve(stem + ".json"), directory.resolve(stem + ".html"));
  }

  private List<Path> jsonFiles() {
    List<Path> files = new ArrayList<>();
    if (!Files.isDirectory(directory)) {
      return files;
    }
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "*.json")) {
      stream.forEach(
          f -> {
            if (!f.getFileName().toString().startsWith(".")) {
              files.add(f);
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + directory, e);
    }
    return files;
  }

  /**
   * A run's files.
   *
   * @param json the machine-readable record
   * @param html the auditor's report
   */
  public record Paths(Path json, Path html) {}
}
