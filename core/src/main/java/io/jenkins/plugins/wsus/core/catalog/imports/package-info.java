/**
 * Importing KBs from the Microsoft Update Catalog into a WSUS server: the catalog path.
 *
 * <ul>
 *   <li>{@link io.jenkins.plugins.wsus.core.catalog.imports.CatalogImportRequest} in, {@link
 *       io.jenkins.plugins.wsus.core.catalog.imports.CatalogImportResult} out (both JSON-ready):
 *       what the {@code wsusCatalogImport} step and {@code wsusctl catalog import} build and show.
 *   <li>{@link io.jenkins.plugins.wsus.core.catalog.imports.CatalogImporter} resolves, journals,
 *       imports, verifies and approves, with the shared breakers and retries.
 *   <li>{@link io.jenkins.plugins.wsus.core.catalog.imports.CatalogImportFallback} is the engine's
 *       CATALOG_IMPORT fallback strategy.
 * </ul>
 */
package io.jenkins.plugins.wsus.core.catalog.imports;
