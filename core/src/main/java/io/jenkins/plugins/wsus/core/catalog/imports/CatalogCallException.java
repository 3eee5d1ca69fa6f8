package io.jenkins.plugins.wsus.core.catalog.imports;

import io.jenkins.plugins.wsus.core.catalog.CatalogException;
import io.jenkins.plugins.wsus.core.resilience.Classification;
import io.jenkins.plugins.wsus.core.resilience.ClassifiedFailureException;
import io.jenkins.plugins.wsus.core.resilience.ErrorClass;

/**
 * A catalog failure classified for the {@code catalog} retry and breaker: a transient one (the
 * 8DDD0010 error page, network trouble) is UPSTREAM_UNAVAILABLE, retried and counted; a permanent
 * one (an unreadable page, HTTP 404) is CONFIGURATION, neither retried nor counted, because trying
 * again cannot help and the catalog itself is up. The {@link CatalogException} is the cause.
 */
final class CatalogCallException extends ClassifiedFailureException {
  private static final long serialVersionUID = 1L;

  CatalogCallException(CatalogException cause) {
    super(classify(cause));
    initCause(cause);
  }

  private static Classification classify(CatalogException e) {
    if (e.isTransient()) {
      return new Classification(
          ErrorClass.UPSTREAM_UNAVAILABLE,
          "the Microsoft Update Catalog is unavailable: " + e.getMessage());
    }
    return new Classification(
        ErrorClass.CONFIGURATION,
        "the Microsoft Update Catalog answered something unusable (not retried): "
            + e.getMessage());
  }
}
