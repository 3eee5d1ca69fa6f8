package hudson.security;

/** Declaration of Jenkins' {@code hudson.security.Permission}: only the members the plugin uses. */
public final class Permission {
  /** The same object as {@code Jenkins.ADMINISTER}. */
  public static final Permission HUDSON_ADMINISTER = null;

  private Permission() {}
}
