package jenkins.model;

import hudson.ExtensionPoint;
import hudson.model.Describable;
import hudson.model.Descriptor;

/** Declaration of Jenkins' {@code jenkins.model.GlobalConfiguration}. */
public abstract class GlobalConfiguration extends Descriptor<GlobalConfiguration>
    implements ExtensionPoint, Describable<GlobalConfiguration> {
  protected GlobalConfiguration() {}

  public boolean configure(org.kohsuke.stapler.StaplerRequest2 req, net.sf.json.JSONObject json)
      throws Descriptor.FormException {
    throw new UnsupportedOperationException("compile-only declaration");
  }

  @Override
  public final Descriptor<GlobalConfiguration> getDescriptor() {
    throw new UnsupportedOperationException("compile-only declaration");
  }
}
