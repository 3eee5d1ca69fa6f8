package io.jenkins.plugins.wsus.core.journal;

import java.util.List;

/**
 * Everything read from the journal directory.
 *
 * @param entries readable entries, oldest first
 * @param corrupt files that could not be read, with the reason
 */
public record JournalContents(List<JournalEntry> entries, List<CorruptJournalFile> corrupt) {
  public JournalContents {
    entries = List.copyOf(entries);
    corrupt = List.copyOf(corrupt);
  }

  /** Entries that are not COMPLETED or UNDONE. */
  public List<JournalEntry> unfinished() {
    return entries.stream().filter(e -> !e.state().isFinal()).toList();
  }
}
