package io.jenkins.plugins.wsus.core.model;

import java.time.Instant;
import java.util.UUID;

/**
 * One synchronization event from the server's event history ({@code ExecuteSPSearchEventHistory}).
 *
 * @param eventInstanceId the event row's id
 * @param eventId the raw event id (e.g. 384)
 * @param kind what the event id means
 * @param timeAtServer when the server recorded it
 * @param result the synchronization result the event implies
 * @param error the synchronization error, {@link SynchronizationError#NOT_APPLICABLE} unless failed
 * @param errorText the server's error text, may be null
 * @param win32HResult the HRESULT the row carries (0 when none)
 */
public record SyncEvent(
    UUID eventInstanceId,
    int eventId,
    SyncEventKind kind,
    Instant timeAtServer,
    SynchronizationResult result,
    SynchronizationError error,
    String errorText,
    int win32HResult) {}
