package hudson.model;

import hudson.security.AccessControlled;
import hudson.security.Permission;

/** Declaration of Jenkins' {@code hudson.model.Item}: only the members the plugin uses. */
public interface Item extends AccessControlled {
  Permission CONFIGURE = null;
  Permission READ = null;

  String getFullName();
}
