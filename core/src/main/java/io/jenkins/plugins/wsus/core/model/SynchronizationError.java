package io.jenkins.plugins.wsus.core.model;

/**
 * Why a synchronization failed, in the vocabulary of the managed API's {@code
 * SynchronizationError}. "Uss" is the upstream server (Microsoft Update or an upstream WSUS). The
 * managed API documents {@code Unknown = 1}; unrecognised values map to the same {@link #UNKNOWN}.
 */
public enum SynchronizationError {
  NOT_APPLICABLE(0, "NotApplicable"),
  /** Documented {@code Unknown} (1), also used for any value this version does not know. */
  UNKNOWN(1, "Unknown"),
  LOCAL_DB_CONNECT_FAIL(2, "LocalDbConnectFail"),
  LOCAL_DB_TOO_BUSY(3, "LocalDbTooBusy"),
  LOCAL_DB_OTHER_ERROR(4, "LocalDbOtherError"),
  PROXY_ERROR(5, "ProxyError"),
  USS_NOT_FOUND(6, "UssNotFound"),
  USS_BUSY(7, "UssBusy"),
  USS_INTERNAL_ERROR(8, "UssInternalError"),
  DSS_AUTHENTICATION_ERROR(9, "DssAuthenticationError"),
  USS_COMMUNICATION_ERROR(10, "UssCommunicationError"),
  /** Value 11 is inferred from the order of the documentation, not stated. */
  USS_OTHER_ERROR(11, "UssOtherError"),
  USER_CANCELED(12, "UserCanceled"),
  IMPORT_UPDATE_ERROR(13, "ImportUpdateError"),
  APPROVAL_ERROR(14, "ApprovalError"),
  LOCAL_UPDATE_MISSING_FOR_APPROVAL(15, "LocalUpdateMissingForApproval"),
  INCOMPATIBLE_PROTOCOL_VERSION(16, "IncompatibleProtocolVersion");

  private final int value;
  private final String wsusName;

  SynchronizationError(int value, String wsusName) {
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
  public static SynchronizationError fromValue(int value) {
    for (SynchronizationError e : values()) {
      if (e.value == value) {
        return e;
      }
    }
    return UNKNOWN;
  }

  /** The constant whose managed-API name equals {@code name} (case-insensitive), or UNKNOWN. */
  public static SynchronizationError fromWsusName(String name) {
    if (name != null) {
      for (SynchronizationError e : values()) {
        if (e.wsusName.equalsIgnoreCase(name.trim())) {
          return e;
        }
      }
    }
    return UNKNOWN;
  }
}
