package io.jenkins.plugins.wsus.core.model;

/**
 * The kind of a synchronization event in the WSUS event history. The event ids behind each kind
 * live in the client's {@code ApiRemotingMappings}.
 */
public enum SyncEventKind {
  SCHEDULED_STARTED,
  MANUAL_STARTED,
  SUCCEEDED,
  CANCELED,
  FAILED,
  /** Any other event id. */
  OTHER
}
