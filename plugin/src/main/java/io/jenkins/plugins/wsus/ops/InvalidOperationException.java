package io.jenkins.plugins.wsus.ops;

import java.util.List;

/** A step's or builder's arguments are wrong; the message names every wrong argument. */
public final class InvalidOperationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public InvalidOperationException(String functionName, List<String> problems) {
    super(functionName + ": " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
