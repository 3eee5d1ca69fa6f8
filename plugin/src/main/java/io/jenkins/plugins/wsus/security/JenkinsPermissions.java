package io.jenkins.plugins.wsus.security;

import hudson.ExtensionList;
import hudson.model.Item;
import hudson.security.AccessControlled;
import hudson.security.Permission;
import io.jenkins.plugins.wsus.WsusOrchestratorConfiguration;
import org.kohsuke.stapler.StaplerRequest2;

/**
 * Permission checks for web methods. The declared API has no {@code Jenkins.get()}, so the root
 * object is reached through the listed field {@code ExtensionList.jenkins} (the Jenkins instance
 * owning every extension list) and used as the {@link AccessControlled} it is. {@link
 * Permission#HUDSON_ADMINISTER} is the object {@code Jenkins.ADMINISTER} points to.
 */
public final class JenkinsPermissions {
  private JenkinsPermissions() {}

  /** The Jenkins root as an access-controlled object; fails closed when Jenkins is not up. */
  public static AccessControlled root() {
    Object jenkins = ExtensionList.lookup(WsusOrchestratorConfiguration.class).jenkins;
    if (jenkins instanceof AccessControlled root) {
      return root;
    }
    throw new IllegalStateException("Jenkins is not running: permission cannot be checked");
  }

  /** Throws Jenkins' AccessDeniedException (403) unless the caller may administer Jenkins. */
  public static void checkAdminister() {
    root().checkPermission(Permission.HUDSON_ADMINISTER);
  }

  public static boolean hasAdminister() {
    return root().hasPermission(Permission.HUDSON_ADMINISTER);
  }

  /**
   * Whether the caller may configure the job whose form is being filled (the nearest item in the
   * URL), or, outside any job, may administer Jenkins.
   */
  public static boolean canConfigure(StaplerRequest2 request) {
    Item item = request == null ? null : request.findAncestorObject(Item.class);
    return item != null ? item.hasPermission(Item.CONFIGURE) : hasAdminister();
  }
}
