package io.jenkins.plugins.wsus.core.journal;

/**
 * The life of a journal entry: PENDING (written before the change) → APPLIED (the server confirmed)
 * → COMPLETED (finished as the policy says) or UNDONE (the original restored). COMPLETED and UNDONE
 * are final.
 */
public enum EntryState {
  PENDING,
  APPLIED,
  COMPLETED,
  UNDONE;

  /** Whether nothing remains to do. */
  public boolean isFinal() {
    return this == COMPLETED || this == UNDONE;
  }
}
