package io.jenkins.plugins.wsus.core.model;

/**
 * The result of a finished synchronization, in the vocabulary of the managed API's {@code
 * SynchronizationResult}. There is no partial success. The managed API documents {@code Unknown =
 * 4}; unrecognised values map to the same {@link #UNKNOWN}.
 */
public enum SynchronizationResult {
  NEVER_RUN(0, "NeverRun"),
  SUCCEEDED(1, "Succeeded"),
  FAILED(2, "Failed"),
  CANCELED(3, "Canceled"),
  /** Documented {@code Unknown} (4), also used for any value this version does not know. */
  UNKNOWN(4, "Unknown");

  private final int value;
  private final String wsusName;

  SynchronizationResult(int value, String wsusName) {
    this.value = value;
    this.wsusName = wsusName;
  }

  /** The documented int value. */
  public int value() {
    return value;
  }

  /** The name used by the managed API. */
  public String wsusName() {
    return wsusName;
  }

  /** The constant for a documented value, or {@link #UNKNOWN}. */
  public static SynchronizationResult fromValue(int value) {
    for (SynchronizationResult r : values()) {
      if (r.value == value) {
        return r;
      }
    }
    return UNKNOWN;
  }
}
