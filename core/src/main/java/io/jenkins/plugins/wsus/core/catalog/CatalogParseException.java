package io.jenkins.plugins.wsus.core.catalog;

import java.net.URI;

/**
 * A catalog page did not have the shape the parser expects (an element id missing, a value not in
 * the expected format). Names the URL and what was missing. Permanent: retrying the same page will
 * not fix a layout change.
 */
public final class CatalogParseException extends CatalogException {
  private static final long serialVersionUID = 1L;

  private final String url;
  private final String problem;

  public CatalogParseException(URI url, String problem) {
    this(url, problem, null);
  }

  public CatalogParseException(URI url, String problem, Throwable cause) {
    super("Unexpected catalog page at " + url + ": " + problem, cause);
    this.url = String.valueOf(url);
    this.problem = problem;
  }

  /** The URL of the page (or a {@code file:} / label for pages parsed without HTTP). */
  public String url() {
    return url;
  }

  /** What was missing or malformed. */
  public String problem() {
    return problem;
  }

  @Override
  public boolean isTransient() {
    return false;
  }
}
