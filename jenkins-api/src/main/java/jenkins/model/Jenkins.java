package jenkins.model;

/**
 * Opaque shell of Jenkins' {@code jenkins.model.Jenkins}: the listing mentions it (as the type of
 * {@code ExtensionList.jenkins}) but does not describe it, so it has no members here. The plugin
 * only passes the instance on as a {@code hudson.security.AccessControlled}.
 */
public class Jenkins {
  private Jenkins() {}
}
