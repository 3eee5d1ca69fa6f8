package io.jenkins.plugins.wsus.simulator.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A row of the server's event history.
 *
 * @param instanceId unique id of this event instance
 * @param namespaceId event namespace (2 for sync events)
 * @param eventId event id (381, 382, 384, 385, 386)
 * @param sourceId event source
 * @param time when it happened (TimeAtServer and TimeAtTarget)
 * @param severityId severity
 * @param win32HResult 0 on success
 * @param messageTemplate the message, with {0}-style placeholders
 * @param replacementStrings values for the placeholders (the error text for failures)
 * @param miscData extra data
 */
public record SyncEvent(
    UUID instanceId,
    int namespaceId,
    short eventId,
    short sourceId,
    Instant time,
    int severityId,
    int win32HResult,
    String messageTemplate,
    List<String> replacementStrings,
    List<String> miscData) {

  public SyncEvent {
    replacementStrings = List.copyOf(replacementStrings);
    miscData = List.copyOf(miscData);
  }
}
