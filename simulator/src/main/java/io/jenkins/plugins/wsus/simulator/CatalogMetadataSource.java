package io.jenkins.plugins.wsus.simulator;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where the simulated WSUS server finds Microsoft Update Catalog metadata when a client calls
 * {@code CatalogSiteGetMetadataAndImport}: the real server fetches it from the catalog itself, the
 * simulator asks this source (implemented by the simulated catalog).
 */
public interface CatalogMetadataSource {

  /**
   * The metadata the catalog publishes for an update, or empty when the catalog does not know it.
   */
  Optional<CatalogMetadata> metadataFor(UUID updateId);

  /** What an import needs to know about an update. */
  record CatalogMetadata(
      UUID updateId,
      int revisionNumber,
      String title,
      String kb,
      String classification,
      List<String> products) {
    public CatalogMetadata {
      products = List.copyOf(products);
    }
  }

  /** A source that knows no update (every import fails as it would for an unknown id). */
  static CatalogMetadataSource none() {
    return id -> Optional.empty();
  }
}
