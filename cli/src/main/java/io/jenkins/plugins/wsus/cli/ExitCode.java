package io.jenkins.plugins.wsus.cli;

/** The exit codes of every wsusctl command (documented in docs/cli.md). */
public final class ExitCode {
  /** The operation succeeded (sync succeeded, gate passed, ...). */
  public static final int OK = 0;

  /** The operation ran and its result is a failure (sync failed, gate FAIL, import failed). */
  public static final int FAILED = 1;

  /** Bad usage or configuration: an unknown option, a malformed value, a missing setting. */
  public static final int USAGE = 2;

  /** A gate was still WAIT when its wait limit ended. */
  public static final int STILL_WAITING = 3;

  /** The WSUS server or catalog could not be reached or refused the credentials. */
  public static final int UNREACHABLE = 4;

  /** Interrupted (Ctrl-C); a running sync was asked to stop. */
  public static final int INTERRUPTED = 130;

  private ExitCode() {}
}
