/**
 * A simulated Microsoft Update Catalog serving real HTML in the structure of the recorded 2023/2025
 * pages: {@link io.jenkins.plugins.wsus.simulator.catalog.CatalogSimulator} (Jetty handler or
 * standalone server), {@link io.jenkins.plugins.wsus.simulator.catalog.CatalogDataset} (the
 * updates, also the WSUS import's {@link io.jenkins.plugins.wsus.simulator.CatalogMetadataSource}),
 * {@link io.jenkins.plugins.wsus.simulator.catalog.CatalogScenario} (healthy, error page, slow) and
 * {@link io.jenkins.plugins.wsus.simulator.catalog.CatalogPageRenderer} (the pages).
 */
package io.jenkins.plugins.wsus.simulator.catalog;
