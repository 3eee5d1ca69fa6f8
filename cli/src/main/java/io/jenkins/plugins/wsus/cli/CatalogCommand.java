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
    subcommands = {CatalogCommand.Search.class, CatalogCommand.Import.class})
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

  /** Imports updates into WSUS from the catalog. */
  @Command(
      name = "import",
      description = {
        "Find KBs in the catalog and import them into a WSUS server, verify WSUS knows them, and",
        "optionally approve them. Example: wsusctl catalog import --kb KB5062572 --server-url ..."
      },
      mixinStandardHelpOptions = true)
  static final class Import implements Callable<Integer> {
    @Spec CommandSpec spec;
    @picocli.CommandLine.Mixin ServerOptions server;
    @picocli.CommandLine.Mixin StateOptions state;
    @picocli.CommandLine.Mixin CatalogOptions catalog;

    @Option(
        names = "--kb",
        required = true,
        paramLabel = "KB",
        split = ",",
        description = "KB numbers.")
    java.util.List<String> kbs;

    @Option(
        names = "--approve-group",
        paramLabel = "GROUP",
        description = "Approve what was imported for this target group.")
    String approveGroup;

    @Override
    public Integer call() throws Exception {
      try (io.jenkins.plugins.wsus.core.orchestrator.Orchestrator orchestrator =
          state.open(catalog.config())) {
        orchestrator.register(server.entry());
        var builder =
            io.jenkins.plugins.wsus.core.catalog.imports.CatalogImportRequest.builder(
                    server.name, kbs)
                .requestedBy("wsusctl");
        if (approveGroup != null) {
          builder.approval(
              io.jenkins.plugins.wsus.core.catalog.imports.ImportApproval.install(approveGroup));
        }
        var result =
            Futures.await(
                orchestrator.catalogImport(
                    builder.build(), ImportResults.toConsole(System.out, "")));
        ImportResults.print(spec.commandLine().getOut(), result);
        return ImportResults.exitCode(result);
      }
    }
  }
}
