package io.jenkins.plugins.wsus.simulator.model;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A filter over the event history (the parts of EventHistoryFilter the simulator honours).
 *
 * @param from earliest TimeAtServer (inclusive), or null
 * @param to latest TimeAtServer (inclusive), or null
 * @param eventIds (namespace, event id) pairs; empty = any
 * @param severities severity ids; empty = any
 * @param instanceIds event instance ids; empty = any
 */
public record EventQuery(
    Instant from,
    Instant to,
    Set<EventKey> eventIds,
    Set<Integer> severities,
    Set<UUID> instanceIds) {

  /** An event id within its namespace. */
  public record EventKey(int namespaceId, int eventId) {}

  public EventQuery {
    eventIds = Set.copyOf(eventIds);
    severities = Set.copyOf(severities);
    instanceIds = Set.copyOf(instanceIds);
  }

  /** Everything. */
  public static EventQuery all() {
    return new EventQuery(null, null, Set.of(), Set.of(), Set.of());
  }

  boolean matches(SyncEvent e) {
    return (from == null || !e.time().isBefore(from))
        && (to == null || !e.time().isAfter(to))
        && (eventIds.isEmpty() || eventIds.contains(new EventKey(e.namespaceId(), e.eventId())))
        && (severities.isEmpty() || severities.contains(e.severityId()))
        && (instanceIds.isEmpty() || instanceIds.contains(e.instanceId()));
  }
}
