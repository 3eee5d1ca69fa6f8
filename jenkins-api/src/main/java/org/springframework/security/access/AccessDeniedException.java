package org.springframework.security.access;

/**
 * Opaque shell of Spring Security's {@code AccessDeniedException} (a {@code RuntimeException}),
 * named in the {@code throws} clause of {@code AccessControlled.checkPermission}.
 */
public class AccessDeniedException extends RuntimeException {
  private AccessDeniedException() {}
}
