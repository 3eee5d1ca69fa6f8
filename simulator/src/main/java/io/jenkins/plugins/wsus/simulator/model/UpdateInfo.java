package io.jenkins.plugins.wsus.simulator.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An update revision in the server's store.
 *
 * @param id update id
 * @param revision revision number
 * @param title English title
 * @param kb KB article number without "KB" (may be empty)
 * @param classificationId the update's classification
 * @param productIds products it applies to
 * @param arrival when it reached this server
 * @param declined whether an administrator declined it
 * @param origin how it arrived
 */
public record UpdateInfo(
    UUID id,
    int revision,
    String title,
    String kb,
    UUID classificationId,
    List<UUID> productIds,
    Instant arrival,
    boolean declined,
    Origin origin) {

  /** How an update reached the server. */
  public enum Origin {
    /** Downloaded by a synchronization. */
    SYNC,
    /** Imported from the Microsoft Update Catalog. */
    CATALOG
  }

  public UpdateInfo {
    productIds = List.copyOf(productIds);
  }

  /** This update, declined. */
  public UpdateInfo asDeclined() {
    return new UpdateInfo(
        id, revision, title, kb, classificationId, productIds, arrival, true, origin);
  }

  /** This update, no longer declined (approving a declined update un-declines it). */
  public UpdateInfo asNotDeclined() {
    return new UpdateInfo(
        id, revision, title, kb, classificationId, productIds, arrival, false, origin);
  }
}
