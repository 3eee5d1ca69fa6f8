package hudson;

import java.io.File;

/** Declaration of Jenkins' {@code hudson.FilePath}: only a parameter type for the plugin. */
public final class FilePath {
  public FilePath(File localPath) {
    throw new UnsupportedOperationException("compile-only declaration");
  }
}
