package io.jenkins.plugins.wsus.core.catalog;

import java.util.List;
import java.util.UUID;

/**
 * One update of a {@code DownloadDialog.aspx} answer ({@code downloadInformation[i]}).
 *
 * @param updateId the update id
 * @param title the English title ({@code enTitle})
 * @param files its files in page order
 */
public record CatalogDownloadUpdate(UUID updateId, String title, List<CatalogDownloadFile> files) {
  public CatalogDownloadUpdate {
    files = List.copyOf(files);
  }
}
