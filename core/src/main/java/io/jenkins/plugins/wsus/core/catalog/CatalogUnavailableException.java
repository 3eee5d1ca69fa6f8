package io.jenkins.plugins.wsus.core.catalog;

import java.net.URI;

/**
 * The catalog answered with its error page (HTTP 200 with {@code div#errorPageDisplayedError}, e.g.
 * "[Error number: 8DDD0010]"). Microsoft documents 8DDD0010 as temporary, so this is transient: the
 * engine retries it and the catalog circuit breaker counts it. It is never "no results".
 */
public final class CatalogUnavailableException extends CatalogException {
  private static final long serialVersionUID = 1L;

  private final String errorNumber;
  private final String url;

  public CatalogUnavailableException(URI url, String errorNumber) {
    super(
        "Microsoft Update Catalog returned its error page"
            + (errorNumber.isEmpty() ? "" : " (error number " + errorNumber + ")")
            + " for "
            + url,
        null);
    this.errorNumber = errorNumber;
    this.url = String.valueOf(url);
  }

  /** The catalog's error number, e.g. {@code 8DDD0010}; empty when the page shows none. */
  public String errorNumber() {
    return errorNumber;
  }

  /** The requested URL. */
  public String url() {
    return url;
  }

  @Override
  public boolean isTransient() {
    return true;
  }
}
