package io.jenkins.plugins.wsus.core.model;

/**
 * Why a single update failed to synchronize (the managed API's per-update {@code UpdateErrors}).
 * The managed API documents {@code Unknown = 0}; unrecognised values map to the same {@link
 * #UNKNOWN}.
 */
public enum UpdateErrorKind {
  /** Documented {@code Unknown} (0), also used for any value this version does not know. */
  UNKNOWN(0, "Unknown"),
  DEPENDENCY_NOT_FOUND(1, "DependencyNotFound"),
  METADATA_INVALID(2, "MetadataInvalid");

  private final int value;
  private final String wsusName;

  UpdateErrorKind(int value, String wsusName) {
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
  public static UpdateErrorKind fromValue(int value) {
    for (UpdateErrorKind k : values()) {
      if (k.value == value) {
        return k;
      }
    }
    return UNKNOWN;
  }
}
