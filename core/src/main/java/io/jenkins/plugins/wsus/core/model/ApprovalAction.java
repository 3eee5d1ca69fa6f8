package io.jenkins.plugins.wsus.core.model;

/**
 * An approval action, in the vocabulary of the managed API's {@code UpdateApprovalAction}. The wire
 * ints sent by {@code ExecuteSPDeployUpdate1} live in the client's {@code ApiRemotingMappings}.
 * {@link #ALL} is a query filter only and can never be deployed.
 */
public enum ApprovalAction {
  INSTALL("Install"),
  UNINSTALL("Uninstall"),
  NOT_APPROVED("NotApproved"),
  /** Matches every action when searching approvals; not an action one can deploy. */
  ALL("All");

  private final String wsusName;

  ApprovalAction(String wsusName) {
    this.wsusName = wsusName;
  }

  /** The name used by the managed API. */
  public String wsusName() {
    return wsusName;
  }
}
