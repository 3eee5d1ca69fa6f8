package io.jenkins.plugins.wsus.core.state;

import java.nio.file.Path;

/** Another process (or another open in this one) already owns the state directory. */
public class StateDirectoryLockedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StateDirectoryLockedException(Path lockFile) {
    super(
        "the state directory is in use by another WSUS Orchestrator process (lock file "
            + lockFile
            + " is held); stop that process or give this one another state directory");
  }
}
