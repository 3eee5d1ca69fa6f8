package io.jenkins.plugins.wsus.engine;

import io.jenkins.plugins.wsus.core.engine.FallbackKind;
import io.jenkins.plugins.wsus.core.engine.RestoreMode;
import io.jenkins.plugins.wsus.core.engine.SyncPolicy;
import io.jenkins.plugins.wsus.core.resilience.ResilienceSettings;
import io.jenkins.plugins.wsus.ops.EngineSettings;
import io.jenkins.plugins.wsus.ops.SyncRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Turns the global configuration's settings into core's typed settings: the one translation. */
final class EngineSettingsMapping {
  private EngineSettingsMapping() {}

  static ResilienceSettings resilience(EngineSettings s) {
    ResilienceSettings defaults = ResilienceSettings.defaults();
    int window = s.breakerSlidingWindowSize();
    return ResilienceSettings.builder()
        .retryMaxAttempts(s.retryMaxAttempts())
        .retryInitialBackoff(s.retryInitialBackoff())
        .retryMaxBackoff(s.retryMaxBackoff())
        .breakerFailureRateThreshold(s.breakerFailureRateThreshold())
        .breakerWindowSize(window)
        .breakerMinimumCalls(Math.min(defaults.breakerMinimumCalls(), window))
        .breakerWaitInOpen(s.breakerOpenDuration())
        .bulkheadMaxConcurrentCalls(s.bulkheadMaxConcurrentCalls())
        .build();
  }

  /** A step's sync policy: its timeout and fallbacks over the configured polling and stall time. */
  static SyncPolicy policy(SyncRequest step, EngineSettings s) {
    List<FallbackKind> fallbacks = new ArrayList<>();
    if (step.allowDegraded()) {
      fallbacks.add(FallbackKind.DEGRADED_SYNC);
    }
    if (step.allowCatalog() && !step.catalogKbs().isEmpty()) {
      fallbacks.add(FallbackKind.CATALOG_IMPORT);
    }
    Duration poll = s.pollInterval();
    Duration cap =
        poll.multipliedBy(6).compareTo(Duration.ofMinutes(2)) > 0
            ? max(poll, Duration.ofMinutes(2))
            : poll.multipliedBy(6);
    return SyncPolicy.defaults().toBuilder()
        .overallTimeout(step.timeout())
        .stallTimeout(s.stallTimeout())
        .polling(poll, 1.5, cap)
        .degradedSyncEnabled(step.allowDegraded())
        .restoreMode(
            step.keepQuarantine() ? RestoreMode.ON_NEXT_HEALTHY_SYNC : RestoreMode.IMMEDIATELY)
        .fallbackOrder(fallbacks)
        .build();
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
