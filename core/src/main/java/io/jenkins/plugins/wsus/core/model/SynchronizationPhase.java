package io.jenkins.plugins.wsus.core.model;

/**
 * The phase of a running synchronization, in the vocabulary of the managed API's {@code
 * SynchronizationPhase}. Newer documentation adds {@code Categories} without giving its value, so
 * {@link #CATEGORIES} is never produced from an int. Unrecognised values map to {@link #UNKNOWN}.
 */
public enum SynchronizationPhase {
  NOT_PROCESSING(0, "NotProcessing"),
  UPDATES(1, "Updates"),
  APPROVALS(2, "Approvals"),
  /** Documented by name only; its int value is not known. */
  CATEGORIES(SynchronizationPhase.NO_VALUE, "Categories"),
  /** A value this version does not know. */
  UNKNOWN(SynchronizationPhase.NO_VALUE, "Unknown");

  /** Marks a constant whose int value is not documented. */
  public static final int NO_VALUE = -1;

  private final int value;
  private final String wsusName;

  SynchronizationPhase(int value, String wsusName) {
    this.value = value;
    this.wsusName = wsusName;
  }

  /** The documented int value, or {@link #NO_VALUE}. */
  public int value() {
    return value;
  }

  /** The name used by the managed API. */
  public String wsusName() {
    return wsusName;
  }

  /** The constant for a documented value, or {@link #UNKNOWN}. */
  public static SynchronizationPhase fromValue(int value) {
    if (value == NO_VALUE) {
      return UNKNOWN;
    }
    for (SynchronizationPhase p : values()) {
      if (p.value == value) {
        return p;
      }
    }
    return UNKNOWN;
  }
}
