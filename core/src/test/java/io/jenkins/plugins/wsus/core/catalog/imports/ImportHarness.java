package io.jenkins.plugins.wsus.core.catalog.imports;

import io.jenkins.plugins.wsus.core.catalog.CatalogClient;
import io.jenkins.plugins.wsus.core.catalog.CatalogClientConfig;
import io.jenkins.plugins.wsus.core.client.ApiRemotingClient;
import io.jenkins.plugins.wsus.core.client.WsusApi;
import io.jenkins.plugins.wsus.core.client.WsusClientConfig;
import io.jenkins.plugins.wsus.core.journal.ChangeJournal;
import io.jenkins.plugins.wsus.core.journal.JournalEntry;
import io.jenkins.plugins.wsus.core.resilience.Resilience;
import io.jenkins.plugins.wsus.core.resilience.ResilienceSettings;
import io.jenkins.plugins.wsus.core.resilience.RetryNotice;
import io.jenkins.plugins.wsus.core.state.StateDirectory;
import io.jenkins.plugins.wsus.simulator.SimAccount;
import io.jenkins.plugins.wsus.simulator.SimulatorOptions;
import io.jenkins.plugins.wsus.simulator.WsusSimulator;
import io.jenkins.plugins.wsus.simulator.catalog.CatalogDataset;
import io.jenkins.plugins.wsus.simulator.catalog.CatalogEntry;
import io.jenkins.plugins.wsus.simulator.catalog.CatalogSimulator;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A WSUS simulator with the catalog simulator mounted at {@code /catalog} (its imports consult the
 * same dataset), the real catalog and API Remoting clients, a real journal in a temp state
 * directory, and an importer with millisecond retries. No mocks.
 */
final class ImportHarness implements AutoCloseable {
  static final String SERVER = "wsus01";
  static final String ACCOUNT = "CORP\\wsusadmin";
  static final String PASSWORD = "Imp0rt-S3cret!";

  final CatalogDataset dataset;
  final CatalogSimulator catalogSim;
  final WsusSimulator wsus;
  final StateDirectory state;
  final ChangeJournal journal;
  final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
  final ExecutorService io = Executors.newFixedThreadPool(2);
  final Resilience resilience;
  final CatalogClient catalog;
  final WsusApi api;
  final CatalogImporter importer;
  final Log log = new Log();

  ImportHarness(Path stateRoot, ResilienceSettings settings) {
    this.dataset = latestRevisionLookups(CatalogDataset.defaultDataset());
    this.catalogSim = new CatalogSimulator(dataset);
    this.wsus =
        WsusSimulator.start(
            SimulatorOptions.builder()
                .https(false)
                .timeFactor(0.001)
                .account(
                    new SimAccount("CORP", "wsusadmin", PASSWORD, SimAccount.Role.ADMINISTRATOR))
                .catalogMetadataSource(dataset)
                .mount("/catalog", catalogSim.handler())
                .build());
    this.state = StateDirectory.open(stateRoot);
    this.journal = new ChangeJournal(state.journal(), Clock.systemUTC());
    this.resilience = Resilience.builder(settings, scheduler).build();
    this.catalog =
        new CatalogClient(
            CatalogClientConfig.defaults()
                .withBaseUrl(URI.create(wsus.wsusUrl() + "/catalog"))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5)));
    this.api = client(wsus);
    this.importer =
        CatalogImporter.builder(catalog, resilience, journal)
            .verification(5, Duration.ofMillis(20))
            .build();
  }

  static ImportHarness start(Path stateRoot) {
    return new ImportHarness(stateRoot, fastSettings().build());
  }

  /** Retries in milliseconds; breakers that need many failures unless a test says otherwise. */
  static ResilienceSettings.Builder fastSettings() {
    return ResilienceSettings.builder()
        .retryMaxAttempts(3)
        .retryInitialBackoff(Duration.ofMillis(10))
        .retryMaxBackoff(Duration.ofMillis(40))
        .retryMaxTotalTime(Duration.ofSeconds(30))
        .breakerMinimumCalls(50)
        .breakerWindowSize(100)
        .breakerWaitInOpen(Duration.ofMinutes(5))
        .callTimeout(Duration.ofSeconds(10))
        .bulkheadMaxConcurrentCalls(8);
  }

  static WsusApi client(WsusSimulator sim) {
    return new ApiRemotingClient(
        WsusClientConfig.builder()
            .serverName(SERVER)
            .baseUrl(sim.wsusUrl())
            .account(ACCOUNT)
            .password(PASSWORD.toCharArray())
            .connectTimeout(Duration.ofSeconds(2))
            .responseTimeout(Duration.ofSeconds(5))
            .build());
  }

  /**
   * The dataset with every revision stored as 0. The product looks imported updates up with
   * revision 0, which the managed API documents as "the latest revision"; the simulator matches
   * ExecuteSPGetUpdateById revisions exactly and does not implement that rule yet, so its imports
   * are stored at revision 0 to be found. Remove once the simulator answers revision 0 with the
   * latest revision.
   */
  static CatalogDataset latestRevisionLookups(CatalogDataset d) {
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

  ServerCalls calls() {
    return ServerCalls.direct(api, SERVER, resilience, io);
  }

  CatalogImportResult run(CatalogImportRequest request) throws Exception {
    return importer.importUpdates(request, calls(), log).get(60, TimeUnit.SECONDS);
  }

  List<JournalEntry> journalEntries() {
    return journal.read().entries();
  }

  @Override
  public void close() {
    importer.close();
    api.close();
    catalog.close();
    wsus.close();
    state.close();
    scheduler.shutdownNow();
    io.shutdownNow();
  }

  /** Everything the import told its listener. */
  static final class Log implements ImportListener {
    final List<String> lines = new CopyOnWriteArrayList<>();
    final List<String> steps = new CopyOnWriteArrayList<>();
    final List<RetryNotice> retries = new CopyOnWriteArrayList<>();

    @Override
    public void onProgress(String line) {
      lines.add(line);
    }

    @Override
    public void onJournalStep(String step, String detail) {
      steps.add(step + " " + detail);
    }

    @Override
    public void onRetry(RetryNotice notice) {
      retries.add(notice);
    }
  }
}
