package io.jenkins.plugins.wsus.core.catalog;

import java.net.URI;

/** The catalog could not be reached or stopped answering (connect failure, timeout, reset). */
public final class CatalogNetworkException extends CatalogException {
  private static final long serialVersionUID = 1L;

  private final String url;

  public CatalogNetworkException(URI url, String what, Throwable cause) {
    super(what + " for " + url + ": " + cause, cause);
    this.url = String.valueOf(url);
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
