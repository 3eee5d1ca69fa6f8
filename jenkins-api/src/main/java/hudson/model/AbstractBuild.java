package hudson.model;

import java.io.IOException;

/**
 * Opaque shell of Jenkins' {@code hudson.model.AbstractBuild} (bound of {@code AbstractProject}).
 */
public abstract class AbstractBuild<P extends AbstractProject<P, R>, R extends AbstractBuild<P, R>>
    extends Run<P, R> {
  AbstractBuild() throws IOException {
    super(null);
  }
}
