package io.jenkins.plugins.wsus.ops;

import io.jenkins.plugins.wsus.form.Check;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The model object of one operation: its fields, their checks and the conversion to an {@link
 * OperationRequest}. A Pipeline step and a freestyle builder each hold one, so both front ends
 * accept exactly the same arguments with the same defaults and messages.
 */
public abstract class ServerOperation implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String server;

  protected ServerOperation(String server) {
    this.server = server == null ? "" : server.trim();
  }

  public final String getServer() {
    return server;
  }

  /** The Pipeline function name, used in messages. */
  public abstract String functionName();

  /** Every problem with the arguments, empty when they are usable. */
  public final List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (server.isEmpty()) {
      problems.add("server is required: the name of a WSUS server configured under Manage Jenkins");
    }
    addProblems(problems);
    return problems;
  }

  /** Adds the problems of the operation's own fields. */
  protected abstract void addProblems(List<String> problems);

  /**
   * @throws InvalidOperationException naming every wrong argument
   */
  public final OperationRequest toRequest() {
    List<String> problems = problems();
    if (!problems.isEmpty()) {
      throw new InvalidOperationException(functionName(), problems);
    }
    return build();
  }

  /** Builds the request; only called when {@link #problems()} is empty. */
  protected abstract OperationRequest build();

  protected static void add(List<String> problems, Check check) {
    if (check.isError()) {
      problems.add(check.message());
    }
  }
}
