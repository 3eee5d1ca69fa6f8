package hudson.model;

import hudson.ExtensionPoint;
import hudson.security.Permission;

/**
 * Declaration of Jenkins' {@code hudson.model.ManagementLink}: only the members the plugin uses.
 */
public abstract class ManagementLink implements ExtensionPoint, Action {
  public ManagementLink() {}

  @Override
  public abstract String getIconFileName();

  public String getDescription() {
    throw new UnsupportedOperationException("compile-only declaration");
  }

  @Override
  public abstract String getUrlName();

  public Permission getRequiredPermission() {
    throw new UnsupportedOperationException("compile-only declaration");
  }
}
