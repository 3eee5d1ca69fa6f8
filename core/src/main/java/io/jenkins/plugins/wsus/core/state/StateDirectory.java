package io.jenkins.plugins.wsus.core.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The directory the host gives core (JENKINS_HOME/wsus-orchestrator, or the CLI's state directory),
 * with one subfolder per kind of state. Opening it takes an exclusive file lock, so a second
 * process cannot corrupt breaker states or journals; {@link #close()} releases it.
 */
public final class StateDirectory implements AutoCloseable {
  static final String LOCK_FILE = ".lock";

  private final Path root;
  private final FileChannel lockChannel;
  private final FileLock lock;

  private StateDirectory(Path root, FileChannel lockChannel, FileLock lock) {
    this.root = root;
    this.lockChannel = lockChannel;
    this.lock = lock;
  }

  /**
   * Creates the directory layout if needed and locks it.
   *
   * @throws StateDirectoryLockedException if another process holds the lock
   */
  public static StateDirectory open(Path root) {
    Path absolute = root.toAbsolutePath().normalize();
    try {
      Files.createDirectories(absolute);
      for (String sub : new String[] {"breakers", "journal", "health", "evidence"}) {
        Files.createDirectories(absolute.resolve(sub));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot create the state directory " + absolute + ": " + e.getMessage(), e);
    }
    Path lockFile = absolute.resolve(LOCK_FILE);
    FileChannel channel;
    try {
      channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the lock file " + lockFile, e);
    }
    try {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        closeQuietly(channel);
        throw new StateDirectoryLockedException(lockFile);
      }
      return new StateDirectory(absolute, channel, lock);
    } catch (OverlappingFileLockException e) {
      closeQuietly(channel);
      throw new StateDirectoryLockedException(lockFile);
    } catch (IOException e) {
      closeQuietly(channel);
      throw new UncheckedIOException("cannot lock " + lockFile, e);
    }
  }

  /** The root directory. */
  public Path root() {
    return root;
  }

  /** Persisted circuit breaker states. */
  public Path breakers() {
    return root.resolve("breakers");
  }

  /** The quarantine/change journal. */
  public Path journal() {
    return root.resolve("journal");
  }

  /** Health snapshots per server. */
  public Path health() {
    return root.resolve("health");
  }

  /** Run records (JSON + HTML). */
  public Path evidence() {
    return root.resolve("evidence");
  }

  /** Whether this instance still holds the lock. */
  public boolean isLocked() {
    return lock.isValid();
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException e) {
      // the channel close below releases it anyway
    }
    closeQuietly(lockChannel);
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException ignored) {
      // nothing more to release
    }
  }
}
