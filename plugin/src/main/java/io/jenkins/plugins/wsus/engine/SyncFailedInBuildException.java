package io.jenkins.plugins.wsus.engine;

/** A sync ended without delivering updates; the message names the result, class and evidence. */
final class SyncFailedInBuildException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  SyncFailedInBuildException(String message) {
    super(message);
  }
}
