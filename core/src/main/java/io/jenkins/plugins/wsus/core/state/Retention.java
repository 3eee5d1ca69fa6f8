package io.jenkins.plugins.wsus.core.state;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Retention in one place: given items with a timestamp, says which to delete so that nothing is
 * older than {@code maxAge} and at most {@code maxCount} of the newest remain.
 */
public final class Retention {
  private Retention() {}

  /**
   * Items to delete. {@code maxAge} null means no age limit; {@code maxCount} below 0 means no
   * count limit.
   */
  public static <T> List<T> toDelete(
      List<T> items, Function<T, Instant> timestamp, Duration maxAge, int maxCount, Instant now) {
    List<T> newestFirst = new ArrayList<>(items);
    newestFirst.sort(Comparator.comparing(timestamp).reversed());
    List<T> delete = new ArrayList<>();
    Instant oldestAllowed = maxAge == null ? null : now.minus(maxAge);
    for (int i = 0; i < newestFirst.size(); i++) {
      T item = newestFirst.get(i);
      boolean tooOld = oldestAllowed != null && timestamp.apply(item).isBefore(oldestAllowed);
      boolean tooMany = maxCount >= 0 && i >= maxCount;
      if (tooOld || tooMany) {
        delete.add(item);
      }
    }
    return delete;
  }
}
