package hudson;

import java.util.TreeMap;

/** Declaration of Jenkins' {@code hudson.EnvVars}: only the members the plugin uses. */
public class EnvVars extends TreeMap<String, String> {
  public EnvVars() {}
}
