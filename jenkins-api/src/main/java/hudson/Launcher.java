package hudson;

/** Declaration of Jenkins' {@code hudson.Launcher}: only a parameter type for the plugin. */
public abstract class Launcher {
  protected Launcher(Launcher launcher) {}
}
