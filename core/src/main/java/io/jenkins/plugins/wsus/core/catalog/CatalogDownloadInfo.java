package io.jenkins.plugins.wsus.core.catalog;

import java.util.List;
import java.util.UUID;

/**
 * The answer of {@code DownloadDialog.aspx} after the host allow-list check.
 *
 * @param updates every update and file the catalog listed (unchecked)
 * @param allowedFiles files whose URL is http(s) on an allowed host
 * @param rejected files refused, with the reason (reported, never followed)
 * @param missing requested update ids the catalog did not list
 */
public record CatalogDownloadInfo(
    List<CatalogDownloadUpdate> updates,
    List<CatalogDownloadFile> allowedFiles,
    List<RejectedDownload> rejected,
    List<UUID> missing) {
  public CatalogDownloadInfo {
    updates = List.copyOf(updates);
    allowedFiles = List.copyOf(allowedFiles);
    rejected = List.copyOf(rejected);
    missing = List.copyOf(missing);
  }
}
