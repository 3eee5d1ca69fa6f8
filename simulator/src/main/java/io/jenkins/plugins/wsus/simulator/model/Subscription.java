package io.jenkins.plugins.wsus.simulator.model;

import java.time.Instant;

/**
 * The subscription row (SubscriptionTableRow in the WSDL).
 *
 * @param synchronizeAutomaticallyTimeOfDay time of day of automatic syncs as sent on the wire (a
 *     .NET TimeSpan; the simulator stores and returns it unchanged)
 * @param lastModifiedBy who last saved it
 * @param lastModifiedTime when it was last saved
 * @param lastSynchronizationTime when the last sync ended successfully
 * @param synchronizeAutomatically whether scheduled syncs are on
 * @param anchor sync anchor (opaque)
 * @param deploymentAnchor deployment anchor (opaque)
 * @param numberOfSynchronizationsPerDay scheduled syncs per day
 * @param isCategoryOnly whether syncs fetch categories only
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

  /** This subscription with another last sync time and anchor. */
  public Subscription synchronizedAt(Instant when, String newAnchor) {
    return new Subscription(
        synchronizeAutomaticallyTimeOfDay,
        lastModifiedBy,
        lastModifiedTime,
        when,
        synchronizeAutomatically,
        newAnchor,
        deploymentAnchor,
        numberOfSynchronizationsPerDay,
        isCategoryOnly);
  }
}
