package io.jenkins.plugins.wsus.engine;

/** A catalog import or approval delivered nothing; the message gives the importer's summary. */
final class CatalogOperationFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CatalogOperationFailedException(String message) {
    super(message);
  }
}
