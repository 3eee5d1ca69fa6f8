package io.jenkins.plugins.wsus.core.state;

import java.nio.file.Path;

/** A state file could not be read or written; names the file and what was wrong with it. */
public class StateFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Path file;

  public StateFileException(Path file, String problem, Throwable cause) {
    super(file + ": " + problem, cause);
    this.file = file;
  }

  public StateFileException(Path file, String problem) {
    this(file, problem, null);
  }

  /** The file concerned. */
  public Path file() {
    return file;
  }
}
