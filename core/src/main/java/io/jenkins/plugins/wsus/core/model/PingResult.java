package io.jenkins.plugins.wsus.core.model;

import java.time.Instant;

/**
 * The answer to {@code Ping} (IMonitorable).
 *
 * @param success the server's {@code SuccessFlag}
 * @param servicesTime the server's clock, may be null
 * @param servicesName the service name, may be null
 * @param servicesMachine the machine name, may be null
 * @param https whether the server saw the call over HTTPS
 */
public record PingResult(
    boolean success,
    Instant servicesTime,
    String servicesName,
    String servicesMachine,
    boolean https) {}
