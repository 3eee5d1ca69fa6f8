package io.jenkins.plugins.wsus.cli;

import io.jenkins.plugins.wsus.core.catalog.CatalogClientConfig;
import io.jenkins.plugins.wsus.core.orchestrator.Orchestrator;
import io.jenkins.plugins.wsus.core.resilience.ResilienceSettings;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where wsusctl keeps breakers, the journal, health and evidence between runs. */
final class StateOptions {
  @Option(
      names = "--state-dir",
      paramLabel = "DIR",
      description = "State directory (default: ~/.wsusctl; or WSUSCTL_STATE_DIR).")
  Path stateDir;

  Path directory() {
    return stateDir != null ? stateDir : Path.of(System.getProperty("user.home"), ".wsusctl");
  }

  Orchestrator open() {
    return open(CatalogClientConfig.defaults());
  }

  Orchestrator open(CatalogClientConfig catalog) {
    return Orchestrator.builder(directory(), ResilienceSettings.defaults())
        .userName("wsusctl")
        .catalog(catalog)
        .build();
  }
}
