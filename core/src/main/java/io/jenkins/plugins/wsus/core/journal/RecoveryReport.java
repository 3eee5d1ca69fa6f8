package io.jenkins.plugins.wsus.core.journal;

import java.util.List;

/**
 * What {@link ChangeJournal#recover} did.
 *
 * @param outcomes one per unfinished entry found
 * @param corrupt journal files that could not be read (they may hide an unfinished change)
 */
public record RecoveryReport(List<Outcome> outcomes, List<CorruptJournalFile> corrupt) {
  public RecoveryReport {
    outcomes = List.copyOf(outcomes);
    corrupt = List.copyOf(corrupt);
  }

  /** What happened to one entry. */
  public enum Result {
    /** The original sets are back on the server. */
    UNDONE,
    /** The change was kept as its policy says. */
    COMPLETED,
    /** Closed, but a person should check the server (approvals and imports cannot be verified). */
    NEEDS_REVIEW,
    /** Could not be recovered now; the entry stays unfinished and the next recovery retries. */
    FAILED
  }

  /**
   * @param entryId the journal entry
   * @param server the server
   * @param result what happened
   * @param message details in words
   */
  public record Outcome(String entryId, String server, Result result, String message) {}

  /** Whether everything was recovered and nothing is corrupt. */
  public boolean clean() {
    return corrupt.isEmpty()
        && outcomes.stream()
            .noneMatch(o -> o.result() == Result.FAILED || o.result() == Result.NEEDS_REVIEW);
  }
}
