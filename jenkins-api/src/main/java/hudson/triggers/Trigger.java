package hudson.triggers;

import hudson.ExtensionPoint;
import hudson.model.Describable;
import hudson.model.Item;

/**
 * Declaration of Jenkins' {@code hudson.triggers.Trigger}: only the members the plugin uses. The
 * constructor is callable so that subclasses can be built in tests; it does nothing here (Jenkins
 * parses the cron spec).
 */
public abstract class Trigger<J extends Item> implements Describable<Trigger<?>>, ExtensionPoint {
  protected Trigger(String cronTabSpec) {}

  public void start(J project, boolean newInstance) {
    throw new UnsupportedOperationException("compile-only declaration");
  }

  public void run() {
    throw new UnsupportedOperationException("compile-only declaration");
  }

  public void stop() {
    throw new UnsupportedOperationException("compile-only declaration");
  }
}
