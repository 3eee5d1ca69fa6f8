package io.jenkins.plugins.wsus.core.orchestrator;

import io.jenkins.plugins.wsus.core.calendar.PatchTuesday;
import io.jenkins.plugins.wsus.core.catalog.CatalogClient;
import io.jenkins.plugins.wsus.core.catalog.CatalogClientConfig;
import io.jenkins.plugins.wsus.core.catalog.imports.CatalogImportFallback;
import io.jenkins.plugins.wsus.core.catalog.imports.CatalogImportPlan;
import io.jenkins.plugins.wsus.core.catalog.imports.CatalogImportRequest;
import io.jenkins.plugins.wsus.core.catalog.imports.CatalogImportResult;
import io.jenkins.plugins.wsus.core.catalog.imports.CatalogImporter;
import io.jenkins.plugins.wsus.core.catalog.imports.ImportApproval;
import io.jenkins.plugins.wsus.core.catalog.imports.ImportEvidence;
import io.jenkins.plugins.wsus.core.catalog.imports.ImportListener;
import io.jenkins.plugins.wsus.core.catalog.imports.ServerCalls;
import io.jenkins.plugins.wsus.core.client.WsusApi;
import io.jenkins.plugins.wsus.core.client.WsusClientConfig;
import io.jenkins.plugins.wsus.core.engine.FallbackKind;
import io.jenkins.plugins.wsus.core.engine.SyncEngine;
import io.jenkins.plugins.wsus.core.engine.SyncHandle;
import io.jenkins.plugins.wsus.core.engine.SyncListener;
import io.jenkins.plugins.wsus.core.engine.SyncRequest;
import io.jenkins.plugins.wsus.core.evidence.EvidenceStore;
import io.jenkins.plugins.wsus.core.evidence.Redactor;
import io.jenkins.plugins.wsus.core.evidence.RunRecord;
import io.jenkins.plugins.wsus.core.health.GateEvaluator;
import io.jenkins.plugins.wsus.core.health.GatePolicy;
import io.jenkins.plugins.wsus.core.health.GateResult;
import io.jenkins.plugins.wsus.core.health.GateWaiter;
import io.jenkins.plugins.wsus.core.health.HealthEvaluator;
import io.jenkins.plugins.wsus.core.health.HealthInputs;
import io.jenkins.plugins.wsus.core.health.HealthStore;
import io.jenkins.plugins.wsus.core.health.HealthThresholds;
import io.jenkins.plugins.wsus.core.health.ServerHealth;
import io.jenkins.plugins.wsus.core.journal.ChangeJournal;
import io.jenkins.plugins.wsus.core.journal.ChangeKind;
import io.jenkins.plugins.wsus.core.journal.EntryState;
import io.jenkins.plugins.wsus.core.journal.JournalContents;
import io.jenkins.plugins.wsus.core.journal.JournalEntry;
import io.jenkins.plugins.wsus.core.journal.RecoveryReport;
import io.jenkins.plugins.wsus.core.resilience.BreakerState;
import io.jenkins.plugins.wsus.core.resilience.BreakerStateStore;
import io.jenkins.plugins.wsus.core.resilience.Resilience;
import io.jenkins.plugins.wsus.core.resilience.ResilienceSettings;
import io.jenkins.plugins.wsus.core.state.StateDirectory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The engine as a host sees it: one per process (a Jenkins controller, a wsusctl run), over one
 * state directory. It assembles the client per server, the shared resilience, the sync engine, the
 * journal, health, gates and evidence, and offers every operation a front end needs. Front ends
 * translate their fields into these calls and the results into their own output; they hold no
 * policy of their own.
 */
public final class Orchestrator implements AutoCloseable {
  /** Every thread of the orchestrator's own timer starts with this. */
  public static final String THREAD_PREFIX = "wsus-orchestrator-";

  private final StateDirectory state;
  private final Clock clock;
  private final ScheduledThreadPoolExecutor timer;
  private final ServerRegistry servers;
  private final ChangeJournal journal;
  private final EvidenceStore evidence;
  private final HealthStore healthStore;
  private final HealthEvaluator healthEvaluator;
  private final GateWaiter gateWaiter;
  private final SyncEngine engine;
  private final HealthProbe probe;
  private final Duration gateProbeInterval;
  private final CatalogClient catalog;
  private final CatalogImporter importer;
  private final Map<String, CatalogImportPlan> catalogPlans = new ConcurrentHashMap<>();
  private volatile boolean closed;

  private Orchestrator(Builder b) {
    this.clock = b.clock;
    this.state = StateDirectory.open(b.stateDirectory);
    boolean started = false;
    try {
      this.timer = new ScheduledThreadPoolExecutor(1, daemon(THREAD_PREFIX + "timer"));
      this.timer.setRemoveOnCancelPolicy(true);
      this.servers = new ServerRegistry(b.clients, timer);
      this.journal = new ChangeJournal(state.journal(), clock);
      this.evidence =
          new EvidenceStore(state.evidence(), clock, b.evidenceMaxAge, b.evidenceMaxCount);
      this.healthStore = new HealthStore(state.health());
      this.healthEvaluator =
          new HealthEvaluator(
              b.thresholds, at -> PatchTuesday.MICROSOFT.latestReleaseAtOrBefore(at).instant());
      this.gateWaiter = new GateWaiter(healthStore, new GateEvaluator(), timer, clock);
      SyncEngine.Builder eb =
          SyncEngine.builder(b.settings, servers, journal)
              .clock(clock)
              .userName(b.userName)
              .breakerStore(new BreakerStateStore(state.breakers()))
              .evidence(evidence)
              .health(healthStore, healthEvaluator);
      DeferredFallback catalogFallback = new DeferredFallback(FallbackKind.CATALOG_IMPORT);
      eb.fallback(catalogFallback);
      this.engine = eb.build();
      this.catalog = new CatalogClient(b.catalogConfig);
      this.importer =
          CatalogImporter.builder(catalog, engine.resilience(), journal)
              .clock(clock)
              .adminName(b.userName)
              .build();
      catalogFallback.set(new CatalogImportFallback(importer, r -> catalogPlans.get(r.runId())));
      this.probe = new HealthProbe(engine.resilience().classifier());
      this.gateProbeInterval = b.gateProbeInterval;
      started = true;
    } finally {
      if (!started) {
        state.close();
      }
    }
  }

  /** Starts building an orchestrator over {@code stateDirectory} (created if missing, locked). */
  public static Builder builder(Path stateDirectory, ResilienceSettings settings) {
    return new Builder(stateDirectory, settings);
  }

  /** Adds a server, or updates it (a changed URL, CA or password applies to the next call). */
  public void register(ServerEntry server) {
    servers.register(server);
  }

  /** The configured servers, by name. */
  public List<ServerEntry> servers() {
    return servers.all();
  }

  /** The configured server {@code name}; an {@link UnknownServerException} names the known ones. */
  public ServerEntry server(String name) {
    return servers.entry(name);
  }

  /**
   * Requests a sync: starts one, or attaches to the one already running for that server. Returns at
   * once; the handle's future completes with the outcome.
   */
  public SyncHandle sync(SyncRequest request, SyncListener listener) {
    return sync(request, listener, null);
  }

  /**
   * Requests a sync whose catalog fallback, if the policy allows it, imports {@code catalogPlan}
   * (null for none).
   */
  public SyncHandle sync(
      SyncRequest request, SyncListener listener, CatalogImportPlan catalogPlan) {
    ServerEntry server = servers.entry(request.server());
    if (catalogPlan != null) {
      catalogPlans.put(request.runId(), catalogPlan);
    }
    SyncRequest routed =
        request.upstreamLabel().equals(server.upstreamLabel())
            ? request
            : request.withUpstream(server.upstreamLabel());
    SyncHandle handle = engine.sync(routed, listener);
    handle.outcome().whenComplete((o, e) -> catalogPlans.remove(request.runId()));
    return handle;
  }

  /**
   * Imports updates from the Microsoft Update Catalog into a server: resolve each KB, import,
   * verify WSUS knows the update, approve if asked. Each change is journaled first.
   */
  public CompletableFuture<CatalogImportResult> catalogImport(
      CatalogImportRequest request, ImportListener listener) {
    ServerEntry server = servers.entry(request.server());
    // Imports and approvals leave a run record like syncs do, the password masked wherever it
    // occurs.
    ImportEvidence recorder =
        new ImportEvidence(
            request,
            clock,
            Redactor.forSecrets(List.of(new String(server.client().password().reveal()))));
    return importer
        .importUpdates(
            request,
            ServerCalls.through(engine, server.name()),
            ImportListener.all(listener == null ? ImportListener.NONE : listener, recorder))
        .thenApply(
            result -> {
              evidence.save(recorder.finish(result));
              return result;
            });
  }

  /**
   * Approves updates for a target group: the given KBs, plus the KBs this product approved for
   * {@code fromGroup} (ring promotion, read from the journal). An update WSUS does not have yet is
   * imported from the catalog first; one it has is approved as it is.
   */
  public CompletableFuture<CatalogImportResult> approve(
      ApprovalRequest request, ImportListener listener) {
    ServerEntry server = servers.entry(request.server());
    Set<String> kbs = new LinkedHashSet<>(request.kbs());
    if (request.fromGroup() != null && !request.fromGroup().isBlank()) {
      List<String> promoted = approvedKbs(server.name(), request.fromGroup());
      if (promoted.isEmpty() && kbs.isEmpty()) {
        throw new IllegalArgumentException(
            "approve: nothing was approved for '"
                + request.fromGroup()
                + "' on "
                + server.name()
                + " by this product, so there is nothing to promote; name the KBs");
      }
      kbs.addAll(promoted);
    }
    CatalogImportRequest imports =
        CatalogImportRequest.builder(server.name(), List.copyOf(kbs))
            .approval(new ImportApproval(request.group(), request.action(), request.deadline()))
            .runId(request.runId())
            .requestedBy(request.requestedBy())
            .build();
    return catalogImport(imports, listener);
  }

  /** KBs whose approval for {@code group} on {@code server} this product completed. */
  List<String> approvedKbs(String server, String group) {
    Set<String> kbs = new LinkedHashSet<>();
    for (JournalEntry e : journal.read().entries()) {
      if (e.request().kind() == ChangeKind.APPROVAL
          && e.request().server().equals(server)
          && e.state() == EntryState.COMPLETED
          && group.equalsIgnoreCase(e.request().details().getOrDefault("targetGroup", ""))
          && e.request().details().containsKey("kb")) {
        kbs.add(e.request().details().get("kb"));
      }
    }
    return List.copyOf(kbs);
  }

  /** The catalog client (search and details for front ends). */
  public CatalogClient catalog() {
    return catalog;
  }

  /**
   * Reads the server's own sync history now and returns (and saves) its health. Gates waiting on
   * the server hear the new snapshot.
   */
  public CompletableFuture<ServerHealth> health(String serverName) {
    ServerEntry server = servers.entry(serverName);
    List<JournalEntry> quarantines = journal.read().quarantinesOn(server.name());
    Optional<ServerHealth> before = healthStore.load(server.name());
    return engine
        .call(
            server.name(),
            api -> {
              // After a restart, before its first sync: which upstream breaker is this server's?
              engine.learnUpstream(server.name(), server.upstreamLabel(), api);
              return probe.read(
                  api, server.name(), clock.instant(), breakersOf(server), quarantines);
            })
        .thenApply(
            inputs -> {
              HealthInputs carried = HealthProbe.carryDegradedNote(inputs, before);
              ServerHealth health = healthEvaluator.evaluate(carried, clock.instant());
              healthStore.save(health);
              return health;
            });
  }

  /** The last saved health of a server, without asking it. */
  public Optional<ServerHealth> lastHealth(String serverName) {
    return healthStore.load(servers.entry(serverName).name());
  }

  /**
   * Evaluates a gate now and, while it says WAIT, waits up to {@code wait} for it to pass: the wait
   * reacts to health snapshots (after every sync the engine runs) and re-reads the server's history
   * every gate probe interval, for syncs WSUS runs on its own schedule. No thread waits.
   */
  public CompletableFuture<GateResult> gate(String serverName, GatePolicy policy, Duration wait) {
    Objects.requireNonNull(policy, "policy");
    if (wait.isNegative()) {
      throw new IllegalArgumentException("a gate's wait must not be negative, was " + wait);
    }
    return health(serverName)
        .thenCompose(
            health -> {
              GateResult now = new GateEvaluator().evaluate(policy, health, clock.instant());
              if (now.decision() != GateResult.Decision.WAIT || wait.isZero()) {
                return CompletableFuture.completedFuture(now);
              }
              CompletableFuture<GateResult> waiting =
                  gateWaiter.await(health.server(), policy, wait);
              ScheduledFuture<?> probes =
                  timer.scheduleWithFixedDelay(
                      () -> health(serverName),
                      gateProbeInterval.toMillis(),
                      gateProbeInterval.toMillis(),
                      TimeUnit.MILLISECONDS);
              waiting.whenComplete((r, e) -> probes.cancel(false));
              return waiting;
            });
  }

  /** Asks the server who we are: GetServerVersion and GetCurrentUserRole, through the engine. */
  public CompletableFuture<ConnectionCheck> testConnection(String serverName) {
    ServerEntry server = servers.entry(serverName);
    return engine.call(
        server.name(),
        api ->
            new ConnectionCheck(server.name(), api.getServerVersion(), api.getCurrentUserRole()));
  }

  /**
   * Every circuit breaker created so far, by name ({@code upstream:<label>}, {@code
   * server:<name>}).
   */
  public Map<String, BreakerState> breakers() {
    return engine.resilience().breakerStates();
  }

  /** Closes a breaker by an operator's decision (recorded as the transition's reason). */
  public void resetBreaker(String name, String who) {
    if (!breakers().containsKey(name)) {
      throw new IllegalArgumentException(
          "no circuit breaker named '"
              + name
              + "'; known: "
              + String.join(", ", breakers().keySet()));
    }
    engine.resilience().release(name, "reset by " + (who == null ? "an operator" : who));
  }

  /** Quarantines in effect on every server (open subscription changes in the journal). */
  public List<JournalEntry> quarantines() {
    JournalContents contents =
        journal.read(); // one pass over the journal files, not one per server
    List<JournalEntry> all = new ArrayList<>();
    for (ServerEntry s : servers.all()) {
      all.addAll(contents.quarantinesOn(s.name()));
    }
    return all;
  }

  /** Every open journal entry (quarantines, interrupted imports and approvals). */
  public List<JournalEntry> openJournalEntries() {
    return journal.read().unfinished();
  }

  /** Restores the original subscription of a server now: lifts its quarantines. */
  public CompletableFuture<RecoveryReport> restoreQuarantines(String serverName) {
    return engine.recover(servers.entry(serverName).name());
  }

  /** The evidence records kept, newest first. */
  public List<RunRecord> runs() {
    return evidence.list();
  }

  /** Where a run's evidence (JSON and HTML) is. */
  public EvidenceStore.Paths evidenceOf(String runId) {
    return evidence.pathsOf(runId);
  }

  /** The engine, for hosts that need more than this facade (benchmarks, tests). */
  public SyncEngine engine() {
    return engine;
  }

  /** The change journal. */
  public ChangeJournal journal() {
    return journal;
  }

  /** The state directory's root. */
  public Path stateDirectory() {
    return state.root();
  }

  /** The clock every decision uses. */
  public Clock clock() {
    return clock;
  }

  Instant now() {
    return clock.instant();
  }

  /**
   * Whether {@link #close()} was called: an operation that fails from then on was cut short by the
   * shutdown (its host may resume it), not ended.
   */
  public boolean isClosed() {
    return closed;
  }

  /**
   * The label of the upstream breaker guarding {@code server}: the configured one, or for {@code
   * auto} the one read from the server's configuration (empty before its first sync).
   */
  public Optional<String> upstreamLabel(String server) {
    return upstreamLabel(servers.entry(server));
  }

  private Optional<String> upstreamLabel(ServerEntry entry) {
    return engine
        .upstreamLabel(entry.name(), entry.upstreamLabel())
        .or(
            () ->
                SyncRequest.AUTO_UPSTREAM.equals(entry.upstreamLabel())
                    ? savedUpstreamLabel(entry.name())
                    : Optional.empty());
  }

  /** After a restart: the upstream breaker that the server's last saved health was read with. */
  private Optional<String> savedUpstreamLabel(String server) {
    String prefix = Resilience.upstream("");
    return healthStore.load(server).stream()
        .flatMap(h -> h.breakerStates().keySet().stream())
        .filter(name -> name.startsWith(prefix))
        .map(name -> name.substring(prefix.length()))
        .findFirst();
  }

  private Map<String, BreakerState> breakersOf(ServerEntry server) {
    Map<String, BreakerState> mine = new TreeMap<>();
    String upstream = upstreamLabel(server).map(Resilience::upstream).orElse(null);
    breakers()
        .forEach(
            (name, s) -> {
              if (name.equals(Resilience.server(server.name())) || name.equals(upstream)) {
                mine.put(name, s);
              }
            });
    return mine;
  }

  @Override
  public void close() {
    closed = true; // first: what fails from here on was cut short, not ended
    try {
      importer.close();
      engine.close();
      catalog.close();
    } finally {
      timer.shutdownNow();
      state.close();
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  /** Builds an {@link Orchestrator}. */
  public static final class Builder {
    private final Path stateDirectory;
    private final ResilienceSettings settings;
    private Clock clock = Clock.systemUTC();
    private String userName = "wsus-orchestrator";
    private HealthThresholds thresholds = HealthThresholds.defaults();
    private Duration evidenceMaxAge = Duration.ofDays(400);
    private int evidenceMaxCount = 2000;
    private Duration gateProbeInterval = Duration.ofMinutes(5);
    private Function<WsusClientConfig, WsusApi> clients =
        io.jenkins.plugins.wsus.core.client.ApiRemotingClient::new;
    private CatalogClientConfig catalogConfig = CatalogClientConfig.defaults();

    private Builder(Path stateDirectory, ResilienceSettings settings) {
      this.stateDirectory = Objects.requireNonNull(stateDirectory, "stateDirectory");
      this.settings = Objects.requireNonNull(settings, "settings");
    }

    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value);
      return this;
    }

    /** Recorded by WSUS as the one who changed subscriptions and approvals. */
    public Builder userName(String value) {
      this.userName = Objects.requireNonNull(value);
      return this;
    }

    public Builder healthThresholds(HealthThresholds value) {
      this.thresholds = Objects.requireNonNull(value);
      return this;
    }

    /** Evidence older than {@code maxAge}, or beyond the newest {@code maxCount}, is pruned. */
    public Builder evidenceRetention(Duration maxAge, int maxCount) {
      if (maxAge.isNegative() || maxAge.isZero() || maxCount < 1) {
        throw new IllegalArgumentException(
            "evidence retention must be positive, was " + maxAge + " and " + maxCount + " runs");
      }
      this.evidenceMaxAge = maxAge;
      this.evidenceMaxCount = maxCount;
      return this;
    }

    /** How often a waiting gate re-reads the server's history (default 5 minutes). */
    public Builder gateProbeInterval(Duration value) {
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(
            "the gate probe interval must be positive, was " + value);
      }
      this.gateProbeInterval = value;
      return this;
    }

    /** The catalog to search and import from (default: the public Microsoft Update Catalog). */
    public Builder catalog(CatalogClientConfig value) {
      this.catalogConfig = Objects.requireNonNull(value);
      return this;
    }

    /** How a server's client is made (tests and benchmarks may wrap the real one). */
    public Builder clients(Function<WsusClientConfig, WsusApi> value) {
      this.clients = Objects.requireNonNull(value);
      return this;
    }

    public Orchestrator build() {
      return new Orchestrator(this);
    }
  }
}
