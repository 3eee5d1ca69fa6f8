/**
 * Importing KBs from the Microsoft Update Catalog into a WSUS server: the catalog path.
 *
 * <ul>
 *   <li>{@link io.jenkins.plugins.wsus.core.catalog.imports.CatalogImportRequest} in, {@link
 *       io.jenkins.plugins.wsus.core.catalog.imports.CatalogImportResult} out (both JSON-ready):
 *       what the {@code wsusCatalogImport} step and {@code wsusctl catalog import} build and show.
 *   <li>{@link io.jenkins.plugins.wsus.core.catalog.imports.CatalogImporter} resolves, journals,
 *       imports, verifies and approves, with the shared breakers and retries.
 *   <li>{@link io.jenkins.plugins.wsus.core.catalog.imports.ServerCalls} says how the server is
 *       reached: through the engine, a fallback's flight, or directly with the shared resilience.
 *   <li>{@link io.jenkins.plugins.wsus.core.catalog.imports.CatalogImportFallback} is the engine's
 *       CATALOG_IMPORT fallback strategy.
 *   <li>{@link io.jenkins.plugins.wsus.core.catalog.imports.ImportEvidence} turns a standalone
 *       import into a run record for the evidence store.
 * </ul>
 */
package io.jenkins.plugins.wsus.core.catalog.imports;
