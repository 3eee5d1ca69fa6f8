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

  /**
   * Subscription changes in effect on {@code server}: unfinished SUBSCRIPTION entries (a quarantine
   * not yet lifted), oldest first.
   */
  public List<JournalEntry> quarantinesOn(String server) {
    return unfinished().stream()
        .filter(e -> e.request().kind() == ChangeKind.SUBSCRIPTION)
        .filter(e -> e.request().server().equals(server))
        .toList();
  }

  /** Entries that are not COMPLETED or UNDONE. */
  public List<JournalEntry> unfinished() {
    return entries.stream().filter(e -> !e.state().isFinal()).toList();
  }
}
