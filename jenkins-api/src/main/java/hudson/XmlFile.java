package hudson;

import java.io.File;

/** Declaration of Jenkins' {@code hudson.XmlFile}: only the members the plugin uses. */
public final class XmlFile {
  public XmlFile(File file) {
    throw new UnsupportedOperationException("compile-only declaration");
  }

  public File getFile() {
    throw new UnsupportedOperationException("compile-only declaration");
  }
}
