package hudson.model;

import java.io.PrintStream;

/** Declaration of Jenkins' {@code hudson.model.TaskListener}: only the members the plugin uses. */
public interface TaskListener {
  PrintStream getLogger();
}
