package org.springframework.security.core;

/**
 * Opaque shell of Spring Security's {@code Authentication}; the plugin only passes null (system).
 */
public interface Authentication {}
