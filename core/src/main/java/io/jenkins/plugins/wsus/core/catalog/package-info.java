/**
 * Microsoft Update Catalog client: the catalog path of the engine.
 *
 * <ul>
 *   <li>{@link io.jenkins.plugins.wsus.core.catalog.CatalogClient} talks HTTP (search with {@code
 *       &p=} paging, details, {@code DownloadDialog.aspx}) and maps every failure to a typed {@link
 *       io.jenkins.plugins.wsus.core.catalog.CatalogException}; {@code isTransient()} tells retries
 *       and the catalog circuit breaker what to count (the 8DDD0010 error page is transient).
 *   <li>{@link io.jenkins.plugins.wsus.core.catalog.SearchPageParser}, {@link
 *       io.jenkins.plugins.wsus.core.catalog.DetailsPageParser} and {@link
 *       io.jenkins.plugins.wsus.core.catalog.DownloadDialogParser} work on bytes or strings without
 *       HTTP and key on element ids, never CSS classes.
 *   <li>{@link io.jenkins.plugins.wsus.core.catalog.CatalogResolver} turns KB numbers into update
 *       ids deterministically and explains every candidate for the evidence report.
 * </ul>
 *
 * The client never retries and never follows a download URL outside {@link
 * io.jenkins.plugins.wsus.core.catalog.CatalogClientConfig#allowedDownloadHosts()}.
 */
package io.jenkins.plugins.wsus.core.catalog;
