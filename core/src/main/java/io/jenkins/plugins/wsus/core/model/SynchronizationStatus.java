package io.jenkins.plugins.wsus.core.model;

/**
 * Whether a WSUS server is synchronizing, in the vocabulary of the managed API's {@code
 * SynchronizationStatus}. Unrecognised values map to {@link #UNKNOWN}, never to an exception.
 */
public enum SynchronizationStatus {
  NOT_PROCESSING(0, "NotProcessing"),
  RUNNING(1, "Running"),
  STOPPING(2, "Stopping"),
  /** A value this version does not know. */
  UNKNOWN(-1, "Unknown");

  private final int value;
  private final String wsusName;

  SynchronizationStatus(int value, String wsusName) {
    this.value = value;
    this.wsusName = wsusName;
  }

  /** The documented int value of the managed API ({@code -1} for {@link #UNKNOWN}). */
  public int value() {
    return value;
  }

  /** The name used by the managed API ({@code Microsoft.UpdateServices.Administration}). */
  public String wsusName() {
    return wsusName;
  }

  /** The constant for a documented value, or {@link #UNKNOWN}. */
  public static SynchronizationStatus fromValue(int value) {
    for (SynchronizationStatus s : values()) {
      if (s.value == value && s != UNKNOWN) {
        return s;
      }
    }
    return UNKNOWN;
  }
}
