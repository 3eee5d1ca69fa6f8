package io.jenkins.plugins.wsus.simulator.model;

/** The managed API's SynchronizationError values (wsus-facts.md §1). */
public enum SyncError {
  NOT_APPLICABLE(0, "NotApplicable"),
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
  USS_OTHER_ERROR(11, "UssOtherError"),
  USER_CANCELED(12, "UserCanceled"),
  IMPORT_UPDATE_ERROR(13, "ImportUpdateError"),
  APPROVAL_ERROR(14, "ApprovalError"),
  LOCAL_UPDATE_MISSING_FOR_APPROVAL(15, "LocalUpdateMissingForApproval"),
  INCOMPATIBLE_PROTOCOL_VERSION(16, "IncompatibleProtocolVersion");

  private final int code;
  private final String wireName;

  SyncError(int code, String wireName) {
    this.code = code;
    this.wireName = wireName;
  }

  /** The int value of the managed API enum. */
  public int code() {
    return code;
  }

  /** The managed API's name, e.g. {@code UssCommunicationError}. */
  public String wireName() {
    return wireName;
  }
}
