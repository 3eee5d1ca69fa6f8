package io.jenkins.plugins.wsus.core.catalog;

import java.net.URI;

/**
 * The catalog answered with an HTTP status other than 200. 408, 429 and 5xx are transient; other
 * statuses (404, 411, 403, ...) are permanent because the request itself is wrong.
 */
public final class CatalogHttpException extends CatalogException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String url;

  public CatalogHttpException(URI url, int status, String reason) {
    super(
        "Microsoft Update Catalog answered HTTP "
            + status
            + (reason == null || reason.isEmpty() ? "" : " " + reason)
            + " for "
            + url,
        null);
    this.status = status;
    this.url = String.valueOf(url);
  }

  /** The HTTP status code. */
  public int status() {
    return status;
  }

  /** The requested URL. */
  public String url() {
    return url;
  }

  @Override
  public boolean isTransient() {
    return status == 408 || status == 429 || status >= 500;
  }
}
