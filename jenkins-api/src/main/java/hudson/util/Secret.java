package hudson.util;

import java.io.Serializable;

/** Declaration of Jenkins' {@code hudson.util.Secret}: only the members the plugin uses. */
public final class Secret implements Serializable {
  private Secret() {}

  public String getPlainText() {
    throw new UnsupportedOperationException("compile-only declaration");
  }
}
