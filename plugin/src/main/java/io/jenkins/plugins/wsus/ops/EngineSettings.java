package io.jenkins.plugins.wsus.ops;

import io.jenkins.plugins.wsus.CatalogSettings;
import io.jenkins.plugins.wsus.ResilienceSettings;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * The global settings in the plain form the engine takes; a snapshot, so a configuration change
 * during a build does not change a running operation.
 */
public record EngineSettings(
    int retryMaxAttempts,
    Duration retryInitialBackoff,
    Duration retryMaxBackoff,
    int breakerFailureRateThreshold,
    int breakerSlidingWindowSize,
    Duration breakerOpenDuration,
    int bulkheadMaxConcurrentCalls,
    Duration pollInterval,
    Duration stallTimeout,
    URI catalogBaseUrl,
    List<String> allowedDownloadHosts,
    Duration evidenceRetention) {

  public EngineSettings {
    allowedDownloadHosts = List.copyOf(allowedDownloadHosts);
  }

  public static EngineSettings of(
      ResilienceSettings resilience, CatalogSettings catalog, int evidenceRetentionDays) {
    return new EngineSettings(
        resilience.getRetryMaxAttempts(),
        resilience.retryInitialBackoff(),
        resilience.retryMaxBackoff(),
        resilience.getBreakerFailureRateThreshold(),
        resilience.getBreakerSlidingWindowSize(),
        resilience.breakerOpenDuration(),
        resilience.getBulkheadMaxConcurrentCalls(),
        resilience.pollInterval(),
        resilience.stallTimeout(),
        URI.create(catalog.getBaseUrl()),
        catalog.allowedDownloadHostList(),
        Duration.ofDays(evidenceRetentionDays));
  }
}
