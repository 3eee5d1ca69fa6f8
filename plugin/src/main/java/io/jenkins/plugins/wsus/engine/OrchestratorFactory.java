package io.jenkins.plugins.wsus.engine;

import io.jenkins.plugins.wsus.core.catalog.CatalogClientConfig;
import io.jenkins.plugins.wsus.core.orchestrator.Orchestrator;
import io.jenkins.plugins.wsus.ops.EngineSettings;
import java.nio.file.Path;

/** Builds the controller's orchestrator from the global configuration's settings. */
final class OrchestratorFactory {
  private OrchestratorFactory() {}

  static Orchestrator create(Path stateDirectory, EngineSettings settings) {
    return Orchestrator.builder(stateDirectory, EngineSettingsMapping.resilience(settings))
        .userName("jenkins")
        .evidenceRetention(settings.evidenceRetention(), 5000)
        .catalog(
            CatalogClientConfig.defaults()
                .withBaseUrl(settings.catalogBaseUrl())
                .withAllowedDownloadHosts(settings.allowedDownloadHosts()))
        .build();
  }
}
