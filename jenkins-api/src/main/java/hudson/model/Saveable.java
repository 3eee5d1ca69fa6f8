package hudson.model;

import java.io.IOException;

/** Declaration of Jenkins' {@code hudson.model.Saveable}. */
public interface Saveable {
  void save() throws IOException;
}
