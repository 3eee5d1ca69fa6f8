package io.jenkins.plugins.wsus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.wsus.simulator.catalog.CatalogDataset;
import io.jenkins.plugins.wsus.simulator.catalog.CatalogScenario;
import io.jenkins.plugins.wsus.simulator.catalog.CatalogSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class CatalogCommandTest {
  private CatalogSimulator.Running catalog;

  @BeforeEach
  void start() {
    catalog = CatalogSimulator.start(CatalogDataset.defaultDataset());
  }

  @AfterEach
  void stop() {
    catalog.close();
  }

  @Test
  void searchPrintsTheCatalogsRows() {
    CliRunner.Result r =
        CliRunner.run(
            "catalog", "search", "KB5062572", "--catalog-url", catalog.baseUri().toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(r.out())
        .contains(
            CatalogDataset.July2025.SERVER2022_2025_07.toString(), "KB5062572", "Security Updates");
  }

  @Test
  void searchAsJson() {
    CliRunner.Result r =
        CliRunner.run(
            "catalog",
            "search",
            "KB5062572",
            "--json",
            "--catalog-url",
            catalog.baseUri().toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).startsWith("{").contains("\"rows\"", "\"totalCount\"");
  }

  @Test
  void noResultsIsAnEmptyAnswerNotAnError() {
    CliRunner.Result r =
        CliRunner.run(
            "catalog", "search", "KB5000001", "--catalog-url", catalog.baseUri().toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("No updates match");
  }

  @Test
  void theCatalogsErrorPageIsReportedAsUnavailable() {
    catalog.simulator().setScenario(CatalogScenario.errorPageAlways());
    CliRunner.Result r =
        CliRunner.run(
            "catalog", "search", "KB5062572", "--catalog-url", catalog.baseUri().toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.UNREACHABLE);
    assertThat(r.err()).contains("8DDD0010");
  }
}
