package hudson.model;

/**
 * Declaration of Jenkins' {@code hudson.model.AbstractProject}: only the members the plugin uses.
 */
public abstract class AbstractProject<
        P extends AbstractProject<P, R>, R extends AbstractBuild<P, R>>
    extends Job<P, R> {
  protected AbstractProject(ItemGroup parent, String name) {
    super(parent, name);
  }
}
