package io.jenkins.plugins.wsus.core.journal;

import java.util.Collection;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The update classifications and products a server synchronizes (its subscription's categories).
 * Sorted, so the JSON is stable and comparable.
 *
 * @param classificationIds update classification ids
 * @param productIds product category ids
 */
public record SubscriptionSets(SortedSet<UUID> classificationIds, SortedSet<UUID> productIds) {
  public SubscriptionSets {
    classificationIds = sorted(classificationIds);
    productIds = sorted(productIds);
  }

  /** Sets from any collections. */
  public static SubscriptionSets of(
      Collection<UUID> classificationIds, Collection<UUID> productIds) {
    return new SubscriptionSets(sorted(classificationIds), sorted(productIds));
  }

  /**
   * What a server's sets must become to undo a change from {@code original} to {@code intended}
   * when the server now has {@code current}: re-add what the change removed and remove what it
   * added, keeping anything an administrator changed meanwhile. Applying it twice changes nothing
   * more (recovery relies on that).
   */
  public static SubscriptionSets undo(
      SubscriptionSets current, SubscriptionSets original, SubscriptionSets intended) {
    return new SubscriptionSets(
        undoOne(current.classificationIds, original.classificationIds, intended.classificationIds),
        undoOne(current.productIds, original.productIds, intended.productIds));
  }

  private static SortedSet<UUID> undoOne(
      SortedSet<UUID> current, SortedSet<UUID> original, SortedSet<UUID> intended) {
    TreeSet<UUID> result = new TreeSet<>(current);
    for (UUID id : original) {
      if (!intended.contains(id)) {
        result.add(id);
      }
    }
    for (UUID id : intended) {
      if (!original.contains(id)) {
        result.remove(id);
      }
    }
    return result;
  }

  private static SortedSet<UUID> sorted(Collection<UUID> ids) {
    return Collections.unmodifiableSortedSet(ids == null ? new TreeSet<>() : new TreeSet<>(ids));
  }
}
