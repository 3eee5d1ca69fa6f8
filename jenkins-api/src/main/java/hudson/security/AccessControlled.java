package hudson.security;

import org.springframework.security.access.AccessDeniedException;

/**
 * Declaration of Jenkins' {@code hudson.security.AccessControlled}: only the members the plugin
 * uses.
 */
public interface AccessControlled {
  default void checkPermission(Permission permission) throws AccessDeniedException {
    throw new UnsupportedOperationException("compile-only declaration");
  }

  default boolean hasPermission(Permission permission) {
    throw new UnsupportedOperationException("compile-only declaration");
  }
}
