package hudson;

import java.util.AbstractList;
import jenkins.model.Jenkins;

/** Declaration of Jenkins' {@code hudson.ExtensionList}: only the members the plugin uses. */
public class ExtensionList<T> extends AbstractList<T> {
  /** The Jenkins instance owning this list (null only before Jenkins started). */
  public final Jenkins jenkins;

  protected ExtensionList(Jenkins jenkins, Class<T> extensionType) {
    throw new UnsupportedOperationException("compile-only declaration");
  }

  @Override
  public T get(int index) {
    throw new UnsupportedOperationException("compile-only declaration");
  }

  @Override
  public int size() {
    throw new UnsupportedOperationException("compile-only declaration");
  }

  public static <T> ExtensionList<T> lookup(Class<T> type) {
    throw new UnsupportedOperationException("compile-only declaration");
  }

  public static <U> U lookupSingleton(Class<U> type) {
    throw new UnsupportedOperationException("compile-only declaration");
  }
}
