package io.jenkins.plugins.wsus.core.catalog;

/** Machine-readable reason a catalog candidate was chosen or skipped during resolution. */
public enum CandidateReason {
  /** Passed every filter. */
  CHOSEN(true),
  /** Chosen because it supersedes a candidate that passed the filters. */
  CHOSEN_AS_SUPERSEDER(true),
  /** Kept although superseded: no eligible superseder, a cycle, or the depth limit. */
  CHOSEN_STILL_SUPERSEDED(true),
  /** The title does not name the KB (the catalog search is full text). */
  KB_MISMATCH(false),
  PRODUCT_MISMATCH(false),
  CLASSIFICATION_MISMATCH(false),
  ARCHITECTURE_MISMATCH(false),
  /** An architecture filter was set but the title names none. */
  ARCHITECTURE_UNKNOWN(false),
  LANGUAGE_MISMATCH(false),
  PREVIEW_EXCLUDED(false),
  DYNAMIC_UPDATE_EXCLUDED(false),
  /** Replaced by its superseder. */
  SUPERSEDED(false),
  /** A superseder that passed the filters but lost to a newer one. */
  SUPERSEDER_NOT_CHOSEN(false),
  /** A superseder whose details page could not be read (permanent error, e.g. HTTP 404). */
  SUPERSEDER_UNREADABLE(false);

  private final boolean chosen;

  CandidateReason(boolean chosen) {
    this.chosen = chosen;
  }

  /** Whether candidates with this reason end up in {@link Resolution#chosen()}. */
  public boolean isChosen() {
    return chosen;
  }
}
