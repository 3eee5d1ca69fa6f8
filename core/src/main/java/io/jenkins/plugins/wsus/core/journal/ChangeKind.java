package io.jenkins.plugins.wsus.core.journal;

/** What kind of change to a WSUS server an entry journals. */
public enum ChangeKind {
  /** Products/classifications changed with SetSubscription (the quarantine). */
  SUBSCRIPTION,
  /** An update approved for a target group. */
  APPROVAL,
  /** An update declined. */
  DECLINE,
  /** An update imported from the Microsoft Update Catalog. */
  IMPORT
}
