package io.jenkins.plugins.wsus.bench;

import io.jenkins.plugins.wsus.core.catalog.CatalogClient;
import io.jenkins.plugins.wsus.core.catalog.CatalogClientConfig;
import io.jenkins.plugins.wsus.core.catalog.imports.CatalogImportRequest;
import io.jenkins.plugins.wsus.core.catalog.imports.CatalogImportResult;
import io.jenkins.plugins.wsus.core.catalog.imports.CatalogImporter;
import io.jenkins.plugins.wsus.core.catalog.imports.ServerCalls;
import io.jenkins.plugins.wsus.core.client.ApiRemotingClient;
import io.jenkins.plugins.wsus.core.client.WsusApi;
import io.jenkins.plugins.wsus.core.client.WsusClientConfig;
import io.jenkins.plugins.wsus.core.journal.ChangeJournal;
import io.jenkins.plugins.wsus.core.journal.ChangeKind;
import io.jenkins.plugins.wsus.core.journal.ChangeRequest;
import io.jenkins.plugins.wsus.core.journal.CompletionPolicy;
import io.jenkins.plugins.wsus.core.journal.JournalEntry;
import io.jenkins.plugins.wsus.core.resilience.Resilience;
import io.jenkins.plugins.wsus.core.resilience.ResilienceSettings;
import io.jenkins.plugins.wsus.simulator.SimulatorOptions;
import io.jenkins.plugins.wsus.simulator.WsusSimulator;
import io.jenkins.plugins.wsus.simulator.catalog.CatalogDataset;
import io.jenkins.plugins.wsus.simulator.catalog.CatalogEntry;
import io.jenkins.plugins.wsus.simulator.catalog.CatalogSimulator;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Catalog imports per second: {@link CatalogImporter} importing N KBs (catalog search, presence
 * check, journal, {@code CatalogSiteGetMetadataAndImport}, verification) against the WSUS simulator
 * with the catalog simulator mounted, vs the baseline of N bare {@code
 * CatalogSiteGetMetadataAndImport} SOAP calls for the same updates. Every round uses fresh
 * simulators (an update the server already has is not imported again); the median of the rounds is
 * printed with the ratio baseline / importer, i.e. what the safety around one import costs.
 */
public final class CatalogImportBenchmark {
  private static final String SERVER = "bench";

  private final int kbs;
  private final int rounds;

  /**
   * {@code wsus.bench.importKbs} KBs (default 20), {@code wsus.bench.rounds} rounds (default 5).
   */
  public CatalogImportBenchmark() {
    this(
        Integer.getInteger("wsus.bench.importKbs", 20), Integer.getInteger("wsus.bench.rounds", 5));
  }

  public CatalogImportBenchmark(int kbs, int rounds) {
    if (kbs < 1 || rounds < 1) {
      throw new IllegalArgumentException("kbs and rounds must be positive");
    }
    this.kbs = kbs;
    this.rounds = rounds;
  }

  public static void main(String[] args) throws Exception {
    new CatalogImportBenchmark().run(System.out);
  }

  /** Runs the rounds and prints both rates and their ratio. */
  public void run(PrintStream out) throws Exception {
    out.println("== Catalog import benchmark (" + kbs + " KBs, " + rounds + " rounds) ==");
    CatalogDataset dataset = latestRevisionLookups(CatalogDataset.generated(kbs, 7));
    List<CatalogEntry> entries = dataset.entries();
    importerRound(dataset, entries); // warm-up: class loading, JIT, first connections
    bareRound(dataset, entries);
    double[] importer = new double[rounds];
    double[] bare = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      importer[i] = importerRound(dataset, entries);
      bare[i] = bareRound(dataset, entries);
    }
    double imp = median(importer);
    double base = median(bare);
    out.printf(Locale.ROOT, "importer:  %8.1f imports/s (median)%n", imp);
    out.printf(Locale.ROOT, "bare SOAP: %8.1f imports/s (median)%n", base);
    out.printf(
        Locale.ROOT,
        "ratio bare/importer: %.2f (cost of resolve + check + journal + verify per import)%n",
        base / imp);
    out.printf(
        Locale.ROOT,
        "of which the durable journal: %.1f ms per import (PENDING, APPLIED, COMPLETED fsync'd)%n",
        journalMillisPerEntry());
  }

  /** The journal's share: one entry written three times, durably, as an import does. */
  private double journalMillisPerEntry() throws IOException {
    Path dir = Files.createTempDirectory("wsus-journal-bench");
    try {
      ChangeJournal journal = new ChangeJournal(dir, Clock.systemUTC());
      int n = Math.max(10, kbs);
      long t0 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        JournalEntry e =
            journal.recordIntent(
                new ChangeRequest(
                    "bench",
                    SERVER,
                    ChangeKind.IMPORT,
                    null,
                    null,
                    "import update " + i,
                    "benchmark",
                    CompletionPolicy.KEEP_CHANGE,
                    Map.of()));
        journal.markApplied(e.id(), "applied");
        journal.markCompleted(e.id(), "completed");
      }
      return (System.nanoTime() - t0) / 1e6 / n;
    } finally {
      deleteTree(dir);
    }
  }

  /** Imports per second through the importer on fresh simulators. */
  private double importerRound(CatalogDataset dataset, List<CatalogEntry> entries)
      throws Exception {
    Path state = Files.createTempDirectory("wsus-import-bench");
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    ExecutorService io = Executors.newFixedThreadPool(2);
    CatalogSimulator catalogSim = new CatalogSimulator(dataset);
    Resilience resilience = Resilience.builder(ResilienceSettings.defaults(), scheduler).build();
    try (WsusSimulator wsus = simulator(dataset, catalogSim);
        WsusApi api = client(wsus);
        CatalogClient catalog =
            new CatalogClient(
                CatalogClientConfig.defaults()
                    .withBaseUrl(URI.create(wsus.wsusUrl() + "/catalog")));
        CatalogImporter importer =
            CatalogImporter.builder(
                    catalog,
                    resilience,
                    new ChangeJournal(state.resolve("journal"), Clock.systemUTC()))
                .verification(5, Duration.ofMillis(10))
                .build()) {
      List<String> kbList = entries.stream().map(e -> "KB" + e.kb()).toList();
      long t0 = System.nanoTime();
      CatalogImportResult r =
          importer
              .importUpdates(
                  CatalogImportRequest.builder(SERVER, kbList).build(),
                  ServerCalls.direct(api, SERVER, resilience, io),
                  null)
              .get(10, TimeUnit.MINUTES);
      long took = System.nanoTime() - t0;
      if (!r.succeeded() || r.delivered().size() != entries.size()) {
        throw new IllegalStateException("benchmark import did not deliver: " + r.summary());
      }
      return entries.size() / (took / 1e9);
    } finally {
      scheduler.shutdownNow();
      io.shutdownNow();
      deleteTree(state);
    }
  }

  /** Imports per second of bare SOAP calls on a fresh simulator. */
  private double bareRound(CatalogDataset dataset, List<CatalogEntry> entries) throws Exception {
    try (WsusSimulator wsus = simulator(dataset, new CatalogSimulator(dataset));
        WsusApi api = client(wsus)) {
      long t0 = System.nanoTime();
      for (CatalogEntry e : entries) {
        api.catalogSiteGetMetadataAndImport(e.updateId(), List.of());
      }
      long took = System.nanoTime() - t0;
      return entries.size() / (took / 1e9);
    }
  }

  private static WsusSimulator simulator(CatalogDataset dataset, CatalogSimulator catalogSim) {
    return WsusSimulator.start(
        SimulatorOptions.builder()
            .https(false)
            .catalogMetadataSource(dataset)
            .mount("/catalog", catalogSim.handler())
            .build());
  }

  private static WsusApi client(WsusSimulator sim) {
    return new ApiRemotingClient(
        WsusClientConfig.builder()
            .serverName(SERVER)
            .baseUrl(sim.wsusUrl())
            .account("CORP\\wsusadmin")
            .password("Passw0rd!".toCharArray())
            .build());
  }

  /**
   * Revisions stored as 0: the importer looks updates up with revision 0 ("latest", as the managed
   * API documents it), which the simulator does not implement yet (it matches revisions exactly).
   */
  private static CatalogDataset latestRevisionLookups(CatalogDataset d) {
    return CatalogDataset.of(
        d.entries().stream()
            .map(
                e ->
                    new CatalogEntry(
                        e.updateId(),
                        0,
                        e.title(),
                        e.kb(),
                        e.products(),
                        e.classification(),
                        e.lastUpdated(),
                        e.version(),
                        e.sizeBytes(),
                        e.architecture(),
                        e.languages(),
                        e.msrcNumber(),
                        e.msrcSeverity(),
                        e.rebootBehavior(),
                        e.supersededBy(),
                        e.files()))
            .toList());
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
