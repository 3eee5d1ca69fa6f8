package io.jenkins.plugins.wsus.core.model;

/**
 * The caller's role on a WSUS server. The wire ints of {@code GetCurrentUserRole} are not
 * documented; their mapping lives in the client's {@code ApiRemotingMappings}.
 */
public enum UserRole {
  /** Neither a WSUS Reporter nor a WSUS Administrator. */
  NONE("None"),
  /** Member of "WSUS Reporters": may read, not change. */
  REPORTER("Reporter"),
  /** Member of "WSUS Administrators": may read and change. */
  ADMINISTRATOR("Administrator"),
  /** A value this version does not know. */
  UNKNOWN("Unknown");

  private final String wsusName;

  UserRole(String wsusName) {
    this.wsusName = wsusName;
  }

  /** The name used by the managed API and the WSUS console. */
  public String wsusName() {
    return wsusName;
  }
}
