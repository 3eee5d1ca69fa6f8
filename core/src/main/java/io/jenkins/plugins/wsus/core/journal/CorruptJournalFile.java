package io.jenkins.plugins.wsus.core.journal;

import java.nio.file.Path;

/**
 * A journal file that could not be read back: left in place (never silently dropped) and reported
 * on every load until someone looks at it.
 *
 * @param file the file
 * @param problem what is wrong (parse error, checksum mismatch)
 */
public record CorruptJournalFile(Path file, String problem) {
  @Override
  public String toString() {
    return file + ": " + problem;
  }
}
