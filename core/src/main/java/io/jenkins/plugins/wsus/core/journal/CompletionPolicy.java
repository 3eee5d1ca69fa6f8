package io.jenkins.plugins.wsus.core.journal;

/** What finishing a change means. */
public enum CompletionPolicy {
  /** The change is temporary (a quarantine): finishing restores the original sets. */
  RESTORE_ORIGINAL,
  /** The change is meant to stay: finishing keeps it. */
  KEEP_CHANGE
}
