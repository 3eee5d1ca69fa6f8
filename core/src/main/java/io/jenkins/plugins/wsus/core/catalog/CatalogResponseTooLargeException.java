package io.jenkins.plugins.wsus.core.catalog;

import java.net.URI;

/**
 * A catalog response exceeded the configured size cap ({@link CatalogClientConfig#maxPageBytes()}).
 * Reading stopped at the cap; permanent, since the same page will be just as large next time.
 */
public final class CatalogResponseTooLargeException extends CatalogException {
  private static final long serialVersionUID = 1L;

  private final long limitBytes;

  public CatalogResponseTooLargeException(URI url, long limitBytes) {
    super("Catalog response from " + url + " exceeds the cap of " + limitBytes + " bytes", null);
    this.limitBytes = limitBytes;
  }

  /** The cap that was exceeded. */
  public long limitBytes() {
    return limitBytes;
  }

  @Override
  public boolean isTransient() {
    return false;
  }
}
