package io.jenkins.plugins.wsus.core.evidence;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The outage a run saw: from its first failure to the first success after it.
 *
 * @param start the first ERROR event
 * @param end the first success after it, null while ongoing
 * @param duration end - start, or (when ongoing) the run's end - start
 * @param ongoing whether no success followed
 */
public record Outage(Instant start, Instant end, Duration duration, boolean ongoing) {

  /** Derives the outage from events (null when nothing failed). */
  public static Outage from(List<EvidenceEvent> events, Instant runEnd) {
    Instant start = null;
    for (EvidenceEvent event : events) {
      if (start == null) {
        if (event.type() == EventType.ERROR) {
          start = event.at();
        }
      } else if (event.isSuccess()) {
        return new Outage(start, event.at(), Duration.between(start, event.at()), false);
      }
    }
    if (start == null) {
      return null;
    }
    return new Outage(start, null, runEnd == null ? null : Duration.between(start, runEnd), true);
  }
}
