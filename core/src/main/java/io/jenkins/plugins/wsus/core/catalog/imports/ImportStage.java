package io.jenkins.plugins.wsus.core.catalog.imports;

/** Where in the import of one KB or update something stopped. */
public enum ImportStage {
  /** Resolving the KB in the catalog (search, details, supersedence). */
  RESOLVE,
  /** Asking the server whether it already knows the update. */
  CHECK,
  /** CatalogSiteGetMetadataAndImport. */
  IMPORT,
  /** Waiting for the server to show the imported update. */
  VERIFY,
  /** Finding the target group or ExecuteSPDeployUpdate1. */
  APPROVE
}
