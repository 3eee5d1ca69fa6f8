package io.jenkins.plugins.wsus.core.journal;

import io.jenkins.plugins.wsus.core.state.JsonFiles;
import io.jenkins.plugins.wsus.core.state.Retention;
import io.jenkins.plugins.wsus.core.state.StateFileException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The quarantine (change) journal: before the engine changes anything on a WSUS server it writes a
 * durable entry here; it marks the entry APPLIED when the server confirmed, then COMPLETED or
 * UNDONE. After a crash, {@link #recover} finishes or undoes every entry left open.
 *
 * <p>One file per entry ({@code <id>.json}), rewritten atomically (temp file, fsync, atomic move)
 * at every step, holding the entry and a SHA-256 of it: a torn or edited file is detected and
 * reported by name, never dropped. Thread-safe within a process; the {@code StateDirectory} lock
 * keeps other processes out.
 */
public final class ChangeJournal {
  private static final DateTimeFormatter ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);
  private static final String SUFFIX = ".json";

  /** The stored form: the entry and its checksum. */
  record JournalFile(int version, String sha256, JournalEntry entry) {}

  private final Path directory;
  private final Clock clock;

  /**
   * @param directory the state directory's {@code journal} folder
   * @param clock the time source for entries and retention
   */
  /** Entries this instance (this process) recorded: their work may still be in progress. */
  private final Set<String> recordedHere = ConcurrentHashMap.newKeySet();

  public ChangeJournal(Path directory, Clock clock) {
    this.directory = Objects.requireNonNull(directory, "directory");
    this.clock = Objects.requireNonNull(clock, "clock");
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the journal directory " + directory, e);
    }
  }

  /** The directory. */
  public Path directory() {
    return directory;
  }

  /**
   * Writes a PENDING entry durably; call BEFORE changing the server.
   *
   * @return the entry (its id is needed for the next steps)
   */
  public synchronized JournalEntry recordIntent(ChangeRequest request) {
    Instant now = clock.instant();
    String id = ID_TIME.format(now) + "-" + UUID.randomUUID().toString().substring(0, 8);
    recordedHere.add(id);
    JournalEntry entry =
        new JournalEntry(
            id,
            request,
            now,
            EntryState.PENDING,
            List.of(new JournalStep(EntryState.PENDING, now, "about to: " + request.change())));
    write(entry);
    return entry;
  }

  /** The server confirmed the change. */
  public synchronized JournalEntry markApplied(String id, String note) {
    return advance(id, EntryState.APPLIED, note);
  }

  /** The change finished as its policy says (original restored, or change kept). */
  public synchronized JournalEntry markCompleted(String id, String note) {
    return advance(id, EntryState.COMPLETED, note);
  }

  /** The change was rolled back (or never reached the server). */
  public synchronized JournalEntry markUndone(String id, String note) {
    return advance(id, EntryState.UNDONE, note);
  }

  /**
   * Reads one entry.
   *
   * @throws StateFileException if it does not exist or is corrupt
   */
  public synchronized JournalEntry get(String id) {
    return readFile(fileOf(id));
  }

  /** Reads every entry, reporting unreadable files instead of failing or dropping them. */
  public synchronized JournalContents read() {
    List<JournalEntry> entries = new ArrayList<>();
    List<CorruptJournalFile> corrupt = new ArrayList<>();
    for (Path file : files()) {
      try {
        entries.add(readFile(file));
      } catch (StateFileException e) {
        corrupt.add(new CorruptJournalFile(file, e.getMessage()));
      }
    }
    entries.sort(Comparator.comparing(JournalEntry::createdAt).thenComparing(JournalEntry::id));
    return new JournalContents(entries, corrupt);
  }

  /**
   * Finishes or undoes every entry not COMPLETED or UNDONE; run at start, before any new run.
   *
   * <p>A SUBSCRIPTION entry is completed when its policy keeps the change and the server has the
   * intended sets; otherwise it is undone: the server's current sets get back what the change
   * removed and lose what it added ({@link SubscriptionSets#undo}), then are read again to verify.
   * Every step reads the server first, so a crash anywhere (even inside recovery) is repaired by
   * running recovery again. Approvals, declines and imports cannot be verified generically: they
   * are closed as COMPLETED and reported as NEEDS_REVIEW.
   *
   * @param restorers the restorer for a server name (null when the server is unknown: FAILED)
   */
  public synchronized RecoveryReport recover(Function<String, SubscriptionRestorer> restorers) {
    JournalContents contents = read();
    List<RecoveryReport.Outcome> outcomes = new ArrayList<>();
    for (JournalEntry entry : contents.unfinished()) {
      if (entry.request().kind() != ChangeKind.SUBSCRIPTION && recordedHere.contains(entry.id())) {
        // An import or approval this process recorded may still be running (another job's): only
        // one left by an earlier process is known to be interrupted.
        continue;
      }
      outcomes.add(recoverOne(entry, restorers));
    }
    return new RecoveryReport(outcomes, contents.corrupt());
  }

  private RecoveryReport.Outcome recoverOne(
      JournalEntry entry, Function<String, SubscriptionRestorer> restorers) {
    ChangeRequest request = entry.request();
    if (request.kind() != ChangeKind.SUBSCRIPTION) {
      String message =
          "recovered after a restart in state "
              + entry.state()
              + "; "
              + request.kind()
              + " cannot be verified automatically: check the server for \""
              + request.change()
              + "\"";
      advance(entry.id(), EntryState.COMPLETED, message);
      return outcome(entry, RecoveryReport.Result.NEEDS_REVIEW, message);
    }
    SubscriptionRestorer restorer = restorers.apply(request.server());
    if (restorer == null) {
      return outcome(
          entry,
          RecoveryReport.Result.FAILED,
          "no connection configured for server " + request.server() + "; the entry stays open");
    }
    try {
      SubscriptionSets current = restorer.currentSets();
      if (request.completionPolicy() == CompletionPolicy.KEEP_CHANGE
          && current.equals(request.intended())) {
        String message = "recovered after a restart: the server has the intended sets; kept";
        advance(entry.id(), EntryState.COMPLETED, message);
        return outcome(entry, RecoveryReport.Result.COMPLETED, message);
      }
      SubscriptionSets target =
          SubscriptionSets.undo(current, request.original(), request.intended());
      if (!target.equals(current)) {
        restorer.restore(target);
        SubscriptionSets after = restorer.currentSets();
        if (!after.equals(target)) {
          return outcome(
              entry,
              RecoveryReport.Result.FAILED,
              "restored the original sets but the server now reports "
                  + after
                  + " instead of "
                  + target
                  + "; the entry stays open");
        }
      }
      String message =
          target.equals(current)
              ? "recovered after a restart: the server already had the original sets"
              : "recovered after a restart: restored the original sets";
      advance(entry.id(), EntryState.UNDONE, message);
      return outcome(entry, RecoveryReport.Result.UNDONE, message);
    } catch (Exception e) {
      return outcome(
          entry,
          RecoveryReport.Result.FAILED,
          "could not recover now (" + e.getMessage() + "); the entry stays open");
    }
  }

  private static RecoveryReport.Outcome outcome(
      JournalEntry entry, RecoveryReport.Result result, String message) {
    return new RecoveryReport.Outcome(entry.id(), entry.request().server(), result, message);
  }

  /**
   * Deletes COMPLETED/UNDONE entries whose last step is older than {@code maxAge}. Unfinished and
   * corrupt files are never pruned.
   *
   * @return the deleted files
   */
  public synchronized List<Path> prune(Duration maxAge) {
    List<JournalEntry> finished =
        read().entries().stream().filter(e -> e.state().isFinal()).toList();
    List<Path> deleted = new ArrayList<>();
    for (JournalEntry entry :
        Retention.toDelete(finished, JournalEntry::lastChangedAt, maxAge, -1, clock.instant())) {
      Path file = fileOf(entry.id());
      try {
        Files.deleteIfExists(file);
        deleted.add(file);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot delete the old journal entry " + file, e);
      }
    }
    return deleted;
  }

  private JournalEntry advance(String id, EntryState next, String note) {
    JournalEntry entry = readFile(fileOf(id)).advance(next, clock.instant(), note);
    write(entry);
    return entry;
  }

  private void write(JournalEntry entry) {
    JsonFiles.writeAtomically(fileOf(entry.id()), new JournalFile(1, checksum(entry), entry));
  }

  private JournalEntry readFile(Path file) {
    JournalFile stored = JsonFiles.read(file, JournalFile.class);
    if (stored.entry() == null || stored.sha256() == null) {
      throw new StateFileException(file, "not a journal entry (no entry or no checksum)");
    }
    String actual = checksum(stored.entry());
    if (!actual.equals(stored.sha256())) {
      throw new StateFileException(
          file, "checksum mismatch: the entry was changed or damaged after it was written");
    }
    if (!fileOf(stored.entry().id()).getFileName().equals(file.getFileName())) {
      throw new StateFileException(
          file, "holds entry " + stored.entry().id() + " under another name");
    }
    return stored.entry();
  }

  private Path fileOf(String id) {
    if (!id.matches("[0-9A-Za-z-]+")) {
      throw new IllegalArgumentException("not a journal entry id: " + id);
    }
    return directory.resolve(id + SUFFIX);
  }

  private List<Path> files() {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
      for (Path file : stream) {
        if (!file.getFileName().toString().startsWith(".")) {
          files.add(file);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the journal directory " + directory, e);
    }
    files.sort(Comparator.naturalOrder());
    return files;
  }

  private static String checksum(JournalEntry entry) {
    try {
      byte[] json = JsonFiles.toBytes(entry);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JDK", e);
    }
  }
}
