package io.jenkins.plugins.wsus.cli;

import io.jenkins.plugins.wsus.simulator.SimulatorOptions;
import io.jenkins.plugins.wsus.simulator.WsusSimulator;
import io.jenkins.plugins.wsus.simulator.catalog.CatalogDataset;
import io.jenkins.plugins.wsus.simulator.catalog.CatalogSimulator;
import io.jenkins.plugins.wsus.simulator.scenario.UpstreamScenario;
import java.net.URI;

/**
 * A WSUS simulator with the Microsoft Update Catalog's pages mounted under {@code /catalog}, the
 * two sharing one dataset, so that an update imported from the catalog appears in WSUS.
 */
final class SimulatorStack implements AutoCloseable {
  static final String CATALOG_PATH = "/catalog";

  final WsusSimulator wsus;
  final CatalogSimulator catalog;

  private SimulatorStack(WsusSimulator wsus, CatalogSimulator catalog) {
    this.wsus = wsus;
    this.catalog = catalog;
  }

  static SimulatorStack start(
      SimulatorOptions.Builder options, double timeFactor, UpstreamScenario scenario) {
    CatalogDataset dataset = CatalogDataset.defaultDataset();
    CatalogSimulator catalog = new CatalogSimulator(dataset);
    WsusSimulator wsus =
        WsusSimulator.start(
            options
                .timeFactor(timeFactor)
                .initialScenario(scenario)
                .catalogMetadataSource(dataset)
                .mount(CATALOG_PATH, catalog.handler())
                .build());
    return new SimulatorStack(wsus, catalog);
  }

  URI catalogUrl() {
    return URI.create(wsus.wsusUrl() + CATALOG_PATH);
  }

  @Override
  public void close() {
    wsus.close();
  }
}
