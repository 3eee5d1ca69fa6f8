package hudson.model;

/** Declaration of Jenkins' {@code hudson.model.Descriptor}: only the members the plugin uses. */
public abstract class Descriptor<T extends Describable<T>> implements Saveable {
  protected Descriptor(Class<? extends T> clazz) {}

  protected Descriptor() {}

  public String getDisplayName() {
    throw new UnsupportedOperationException("compile-only declaration");
  }

  public synchronized void save() {
    throw new UnsupportedOperationException("compile-only declaration");
  }

  public synchronized void load() {
    throw new UnsupportedOperationException("compile-only declaration");
  }

  protected hudson.XmlFile getConfigFile() {
    throw new UnsupportedOperationException("compile-only declaration");
  }

  /**
   * Opaque shell of {@code hudson.model.Descriptor$FormException}, named in the {@code throws}
   * clause of {@code configure}.
   */
  public static final class FormException extends Exception {
    private FormException() {}
  }
}
