package io.jenkins.plugins.wsus.core.catalog.imports;

import io.jenkins.plugins.wsus.core.catalog.CatalogLookup;
import io.jenkins.plugins.wsus.core.journal.ChangeJournal;
import io.jenkins.plugins.wsus.core.resilience.Resilience;
import io.jenkins.plugins.wsus.core.resilience.ResilienceSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Imports KBs from the Microsoft Update Catalog into a WSUS server: resolve each KB with the
 * resolver (every catalog read through the {@code catalog} breaker and retry), then for each chosen
 * update: journal the intent, {@code CatalogSiteGetMetadataAndImport} (retried, through the
 * server's breaker), mark it APPLIED, verify that the server shows the update (bounded polling),
 * approve it if asked (its own journal entry), and mark the import COMPLETED. An update the server
 * already knows is reported {@link UpdateStatus#ALREADY_PRESENT} and not imported again.
 *
 * <p>Imports cannot be undone on WSUS: a failure closes the entry as UNDONE only when the server
 * shows that nothing changed; otherwise as COMPLETED with a note that starts with "NEEDS REVIEW:"
 * and names the stage where it stopped.
 *
 * <p>One run imports one update at a time on the importer's own threads; the caller's thread never
 * waits unless it joins the future. One importer per process; close it to stop its threads.
 *
 * <pre>{@code
 * try (CatalogImporter importer = CatalogImporter.builder(catalogClient, engine.resilience(), journal).build()) {
 *   CatalogImportResult r = importer.importUpdates(
 *       CatalogImportRequest.builder("wsus01", List.of("KB5062572")).build(),
 *       ServerCalls.through(engine, "wsus01"),
 *       ImportListener.NONE).join();
 * }
 * }</pre>
 */
public final class CatalogImporter implements AutoCloseable {
  /** Every importer thread's name starts with this. */
  public static final String THREAD_PREFIX = "wsus-catalog-import-";

  private final CatalogLookup catalog;
  private final Resilience resilience;
  private final ChangeJournal journal;
  private final Clock clock;
  private final String adminName;
  private final int verifyLookups;
  private final Duration verifyInterval;
  private final ExecutorService runs;
  private final ExecutorService catalogIo;
  private final ScheduledThreadPoolExecutor scheduler;

  private CatalogImporter(Builder b) {
    this.catalog = b.catalog;
    this.journal = b.journal;
    this.clock = b.clock;
    this.adminName = b.adminName;
    this.verifyLookups = b.verifyLookups;
    this.verifyInterval = b.verifyInterval;
    this.runs = pool(b.concurrentRuns, "run-");
    this.catalogIo = pool(b.concurrentRuns, "catalog-");
    this.scheduler = new ScheduledThreadPoolExecutor(1, threads(THREAD_PREFIX + "scheduler-"));
    this.scheduler.setRemoveOnCancelPolicy(true);
    this.resilience =
        b.resilience != null
            ? b.resilience
            : Resilience.builder(b.settings, scheduler).clock(b.clock).build();
  }

  /**
   * Starts building an importer.
   *
   * @param catalog the catalog (a {@link io.jenkins.plugins.wsus.core.catalog.CatalogClient})
   * @param resilience the process-wide resilience (e.g. {@code engine.resilience()}): its {@code
   *     catalog} breaker, retry settings and classifier are used
   * @param journal the change journal (the same the engine uses)
   */
  public static Builder builder(
      CatalogLookup catalog, Resilience resilience, ChangeJournal journal) {
    return new Builder(catalog, Objects.requireNonNull(resilience, "resilience"), null, journal);
  }

  /**
   * Starts building an importer with its own resilience instances built from {@code settings} (its
   * own {@code catalog} breaker): for an importer given to the engine as a fallback, which exists
   * before the engine. Server calls made through the engine still use the engine's server breaker
   * and bulkhead.
   */
  public static Builder builder(
      CatalogLookup catalog, ResilienceSettings settings, ChangeJournal journal) {
    return new Builder(catalog, null, Objects.requireNonNull(settings, "settings"), journal);
  }

  /**
   * Runs an import. Returns at once; the future completes with the result (failures of single KBs
   * or updates are in the result, never an exceptional completion).
   *
   * @param request what to import where
   * @param server how to reach the request's server (see {@link ServerCalls})
   * @param listener progress lines, journal steps and retries; may be null
   */
  public CompletableFuture<CatalogImportResult> importUpdates(
      CatalogImportRequest request, ServerCalls server, ImportListener listener) {
    return importUpdates(request, server, listener, () -> null);
  }

  /**
   * As {@link #importUpdates(CatalogImportRequest, ServerCalls, ImportListener)}, stopping between
   * two updates once {@code ended} returns a reason (cancellation, timeout): the update in progress
   * is finished and journaled, the rest are reported {@link UpdateStatus#NOT_ATTEMPTED}.
   */
  public CompletableFuture<CatalogImportResult> importUpdates(
      CatalogImportRequest request,
      ServerCalls server,
      ImportListener listener,
      Supplier<RuntimeException> ended) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(server, "server");
    Objects.requireNonNull(ended, "ended");
    ImportListener l = listener == null ? ImportListener.NONE : listener;
    if (runs.isShutdown()) {
      throw new IllegalStateException("the catalog importer is closed");
    }
    ImportRun run = new ImportRun(this, request, server, l, ended);
    return CompletableFuture.supplyAsync(run::run, runs);
  }

  CatalogLookup catalog() {
    return catalog;
  }

  /** The resilience in use (its {@code catalog} breaker state is worth showing). */
  public Resilience resilience() {
    return resilience;
  }

  ChangeJournal journal() {
    return journal;
  }

  Clock clock() {
    return clock;
  }

  String adminName() {
    return adminName;
  }

  int verifyLookups() {
    return verifyLookups;
  }

  Duration verifyInterval() {
    return verifyInterval;
  }

  ExecutorService catalogIo() {
    return catalogIo;
  }

  ScheduledThreadPoolExecutor scheduler() {
    return scheduler;
  }

  /** Stops the importer's threads; runs in progress end with an error. */
  @Override
  public void close() {
    runs.shutdownNow();
    catalogIo.shutdownNow();
    scheduler.shutdownNow();
  }

  private static ExecutorService pool(int threads, String name) {
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            threads(THREAD_PREFIX + name));
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  private static ThreadFactory threads(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** Builds a {@link CatalogImporter}. */
  public static final class Builder {
    private final CatalogLookup catalog;
    private final Resilience resilience;
    private final ResilienceSettings settings;
    private final ChangeJournal journal;
    private Clock clock = Clock.systemUTC();
    private String adminName = "wsus-orchestrator";
    private int verifyLookups = 10;
    private Duration verifyInterval = Duration.ofSeconds(2);
    private int concurrentRuns = 2;

    private Builder(
        CatalogLookup catalog,
        Resilience resilience,
        ResilienceSettings settings,
        ChangeJournal journal) {
      this.catalog = Objects.requireNonNull(catalog, "catalog");
      this.resilience = resilience;
      this.settings = settings;
      this.journal = Objects.requireNonNull(journal, "journal");
    }

    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value);
      return this;
    }

    /** Recorded by WSUS as the approver. */
    public Builder adminName(String value) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException("adminName must not be blank");
      }
      this.adminName = value;
      return this;
    }

    /**
     * How long to wait for the server to show an imported update: at most {@code lookups} lookups
     * (1..100), {@code interval} apart (default 10 lookups, 2 s apart).
     */
    public Builder verification(int lookups, Duration interval) {
      if (lookups < 1 || lookups > 100) {
        throw new IllegalArgumentException("verification lookups must be within 1..100");
      }
      Objects.requireNonNull(interval, "interval");
      if (interval.isNegative() || interval.compareTo(Duration.ofMinutes(5)) > 0) {
        throw new IllegalArgumentException("verification interval must be within 0..5 minutes");
      }
      this.verifyLookups = lookups;
      this.verifyInterval = interval;
      return this;
    }

    /** Runs at the same time (default 2, at most 8); more wait in line. */
    public Builder concurrentRuns(int n) {
      if (n < 1 || n > 8) {
        throw new IllegalArgumentException("concurrentRuns must be within 1..8, was " + n);
      }
      this.concurrentRuns = n;
      return this;
    }

    public CatalogImporter build() {
      return new CatalogImporter(this);
    }
  }
}
