package io.jenkins.plugins.wsus.core.model;

import java.time.Instant;

/**
 * A WSUS subscription ({@code SubscriptionTableRow}): the synchronization schedule and the last
 * synchronization time. Holds every field of the row, so reading and writing it back changes
 * nothing the caller did not change.
 *
 * @param synchronizeAutomaticallyTimeOfDay the wire value of {@code
 *     synchronizeAutomaticallyTimeOfDay} (a .NET {@code TimeSpan} in ticks), kept as sent
 * @param lastModifiedBy who last changed the subscription, may be null
 * @param lastModifiedTime when it was last changed
 * @param lastSynchronizationTime when the last synchronization ran ({@code 0001-01-01} if never)
 * @param synchronizeAutomatically whether the server syncs on a schedule
 * @param anchor opaque synchronization anchor, may be null
 * @param deploymentAnchor opaque deployment anchor, may be null
 * @param numberOfSynchronizationsPerDay scheduled synchronizations per day
 * @param isCategoryOnly whether the last/next sync fetches categories only
 */
public record Subscription(
    long synchronizeAutomaticallyTimeOfDay,
    String lastModifiedBy,
    Instant lastModifiedTime,
    Instant lastSynchronizationTime,
    boolean synchronizeAutomatically,
    String anchor,
    String deploymentAnchor,
    int numberOfSynchronizationsPerDay,
    boolean isCategoryOnly) {
  public Subscription {
    if (lastModifiedTime == null || lastSynchronizationTime == null) {
      throw new IllegalArgumentException(
          "lastModifiedTime and lastSynchronizationTime are required (use 0001-01-01T00:00:00Z)");
    }
  }
}
