package io.jenkins.plugins.wsus.cli;

import io.jenkins.plugins.wsus.core.catalog.CatalogClient;
import io.jenkins.plugins.wsus.core.catalog.CatalogClientConfig;
import io.jenkins.plugins.wsus.core.catalog.CatalogException;
import io.jenkins.plugins.wsus.core.catalog.CatalogSearchResult;
import io.jenkins.plugins.wsus.core.catalog.CatalogSearchRow;
import io.jenkins.plugins.wsus.core.state.JsonFiles;
import java.io.PrintWriter;
import java.net.URI;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wsusctl catalog ...}: the Microsoft Update Catalog. */
@Command(
    name = "catalog",
    description = "Search the Microsoft Update Catalog and import updates from it into WSUS.",
    mixinStandardHelpOptions = true,
    subcommands = {CatalogCommand.Search.class})
final class CatalogCommand {

  /** Options every catalog command shares. */
  static final class CatalogOptions {
    @Option(
        names = "--catalog-url",
        paramLabel = "URL",
        defaultValue = "https://www.catalog.update.microsoft.com",
        description = "The catalog's base URL (default: ${DEFAULT-VALUE}).")
    URI catalogUrl;

    CatalogClientConfig config() {
      return CatalogClientConfig.defaults().withBaseUrl(catalogUrl);
    }
  }

  /** Lists the catalog's updates for a query. */
  @Command(
      name = "search",
      description = {
        "Search the catalog, following its pages up to --pages.",
        "Example: wsusctl catalog search KB5062572"
      },
      mixinStandardHelpOptions = true)
  static final class Search implements Callable<Integer> {
    @Spec CommandSpec spec;

    @picocli.CommandLine.Mixin CatalogOptions catalog;

    @Parameters(paramLabel = "QUERY", description = "What to search for, e.g. a KB number.")
    String query;

    @Option(
        names = "--pages",
        defaultValue = "3",
        description = "Most result pages to fetch, 25 rows each (default: ${DEFAULT-VALUE}).")
    int pages;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (CatalogClient client = new CatalogClient(catalog.config())) {
        CatalogSearchResult result = client.search(query, pages);
        if (json) {
          out.println(
              new String(JsonFiles.toBytes(result), java.nio.charset.StandardCharsets.UTF_8));
          return ExitCode.OK;
        }
        if (result.isEmpty()) {
          out.println("No updates match '" + query + "'.");
          return ExitCode.OK;
        }
        out.printf(
            "%-36s  %-10s  %-18s  %-9s  %s%n",
            "update id", "updated", "classification", "size", "title");
        for (CatalogSearchRow row : result.rows()) {
          out.printf(
              "%-36s  %-10s  %-18s  %-9s  %s%n",
              row.updateId(), row.lastUpdated(), row.classification(), row.sizeText(), row.title());
        }
        out.println();
        out.println(
            result.rows().size()
                + " shown; the catalog says: "
                + result.countText()
                + (result.resultCapHit()
                    ? " (the catalog returns at most 1000 results: narrow the query)"
                    : "")
                + (result.pageLimitHit() ? " (more pages exist: raise --pages)" : ""));
        return ExitCode.OK;
      } catch (CatalogException e) {
        spec.commandLine().getErr().println("wsusctl: " + e.getMessage());
        return e.isTransient() ? ExitCode.UNREACHABLE : ExitCode.FAILED;
      }
    }
  }
}
