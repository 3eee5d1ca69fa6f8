package io.jenkins.plugins.wsus.core.catalog;

/**
 * Base of every failure of the Microsoft Update Catalog client. Unchecked so that callers can wrap
 * calls in Resilience4j decorators and lambdas; {@link #isTransient()} tells a retry policy and a
 * circuit breaker whether trying again later can help.
 */
public abstract class CatalogException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected CatalogException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Whether the same request may succeed later (catalog overloaded, network trouble). */
  public abstract boolean isTransient();
}
