package io.jenkins.plugins.wsus.core.engine;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.jenkins.plugins.wsus.core.client.WsusApi;
import io.jenkins.plugins.wsus.core.client.WsusException;
import io.jenkins.plugins.wsus.core.evidence.EvidenceStore;
import io.jenkins.plugins.wsus.core.evidence.RunRecord;
import io.jenkins.plugins.wsus.core.evidence.RunRecorder;
import io.jenkins.plugins.wsus.core.evidence.SyncPath;
import io.jenkins.plugins.wsus.core.health.HealthEvaluator;
import io.jenkins.plugins.wsus.core.health.HealthInputs;
import io.jenkins.plugins.wsus.core.health.HealthStore;
import io.jenkins.plugins.wsus.core.health.ServerHealth;
import io.jenkins.plugins.wsus.core.journal.ChangeJournal;
import io.jenkins.plugins.wsus.core.journal.RecoveryReport;
import io.jenkins.plugins.wsus.core.journal.SubscriptionRestorer;
import io.jenkins.plugins.wsus.core.journal.WsusSubscriptionRestorer;
import io.jenkins.plugins.wsus.core.model.SynchronizationResult;
import io.jenkins.plugins.wsus.core.resilience.BreakerState;
import io.jenkins.plugins.wsus.core.resilience.BreakerTransition;
import io.jenkins.plugins.wsus.core.resilience.Classification;
import io.jenkins.plugins.wsus.core.resilience.ClassifiedFailureException;
import io.jenkins.plugins.wsus.core.resilience.ErrorClass;
import io.jenkins.plugins.wsus.core.resilience.ErrorClassifier;
import io.jenkins.plugins.wsus.core.resilience.Resilience;
import io.jenkins.plugins.wsus.core.resilience.ResilienceSettings;
import io.jenkins.plugins.wsus.core.resilience.RetryNotice;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs sync requests: one request in, one {@link SyncOutcome} out. One engine per process.
 *
 * <ul>
 *   <li>Single flight per server: concurrent requests for one server attach to the flight in
 *       progress and all receive its outcome; a sync already running on the server (started by
 *       someone else) is attached to, not started again.
 *   <li>Time: a small fixed scheduler ({@value #SCHEDULER_THREADS} threads) drives polling at an
 *       adaptive interval, stall detection, the overall timeout and retry backoffs; blocking WSUS
 *       calls run on a small bounded I/O pool. No thread waits per request.
 *   <li>Resilience ({@link Resilience}): every WSUS call goes through the server's bulkhead,
 *       breaker {@code server:<name>} and call timeout; every sync attempt through the shared
 *       breaker {@code upstream:<label>} (which counts only sync failures the server reports, by
 *       class) and a Retry with the shared configuration.
 *   <li>Fallbacks: when retries are exhausted with a fallback-eligible class, or the upstream
 *       breaker is open, the policy's strategies run in order; every decision is recorded.
 *   <li>Journal: before the first flight of a server (and before every flight, to lift a quarantine
 *       kept {@link RestoreMode#ON_NEXT_HEALTHY_SYNC}), open journal entries of that server are
 *       recovered; nothing is changed on a server without a journal entry first.
 * </ul>
 */
public final class SyncEngine implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);

  /** Every engine thread's name starts with this. */
  public static final String THREAD_PREFIX = "wsus-engine-";

  /** Threads of the scheduler. */
  public static final int SCHEDULER_THREADS = 2;

  private final Resilience resilience;
  private final ErrorClassifier classifier;
  private final ScheduledThreadPoolExecutor scheduler;
  private final ThreadPoolExecutor io;
  private final WsusApiFactory apis;
  private final ChangeJournal journal;
  private final String userName;
  private final Clock clock;
  private final Map<FallbackKind, FallbackStrategy> strategies;
  private final List<Consumer<SyncOutcome>> outcomeListeners = new CopyOnWriteArrayList<>();
  private final List<Consumer<EngineRun>> runListeners = new CopyOnWriteArrayList<>();
  private final EvidenceStore evidenceStore;
  private final HealthStore healthStore;
  private final HealthEvaluator healthEvaluator;
  private final Map<String, ServerConnection> connections = new ConcurrentHashMap<>();
  private final Map<String, Flight> flights = new ConcurrentHashMap<>();
  private final UpstreamLabels upstreams = new UpstreamLabels();

  private SyncEngine(Builder b) {
    this.apis = b.apis;
    this.journal = b.journal;
    this.userName = b.userName;
    this.clock = b.clock;
    this.evidenceStore = b.evidenceStore;
    this.healthStore = b.healthStore;
    this.healthEvaluator = b.healthEvaluator;
    this.scheduler =
        new ScheduledThreadPoolExecutor(SCHEDULER_THREADS, threads(THREAD_PREFIX + "scheduler-"));
    this.scheduler.setRemoveOnCancelPolicy(true);
    this.io =
        new ThreadPoolExecutor(
            b.ioThreads,
            b.ioThreads,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            threads(THREAD_PREFIX + "io-"));
    this.io.allowCoreThreadTimeOut(true);
    Resilience.Builder rb =
        Resilience.builder(b.settings, scheduler).clock(b.clock).classifier(b.classifier);
    if (b.breakerStore != null) {
      rb.stateStore(b.breakerStore);
    }
    this.resilience = rb.build();
    this.classifier = resilience.classifier();
    Map<FallbackKind, FallbackStrategy> s = new EnumMap<>(FallbackKind.class);
    s.put(FallbackKind.DEGRADED_SYNC, new DegradedSync(journal, userName));
    b.strategies.forEach(f -> s.put(f.kind(), f));
    this.strategies = s;
  }

  /**
   * Starts building an engine.
   *
   * @param settings the resilience settings (retry, breakers, bulkhead, timeouts)
   * @param apis opens a server's API by name
   * @param journal the change journal in the host's state directory
   */
  public static Builder builder(
      ResilienceSettings settings, WsusApiFactory apis, ChangeJournal journal) {
    return new Builder(settings, apis, journal);
  }

  /** The shared resilience instances (breaker states for pages and commands). */
  public Resilience resilience() {
    return resilience;
  }

  /** Hears every outcome (health snapshots, gate waiters). Called on an engine thread. */
  public void addOutcomeListener(Consumer<SyncOutcome> listener) {
    outcomeListeners.add(Objects.requireNonNull(listener));
  }

  /** Hears every finished run with its steps and evidence record (before the callers do). */
  public void addRunListener(Consumer<EngineRun> listener) {
    runListeners.add(Objects.requireNonNull(listener));
  }

  /** The servers with a flight in progress. */
  public List<String> inFlight() {
    return List.copyOf(flights.keySet());
  }

  /**
   * Requests a sync. Returns at once; the handle's future completes with the outcome.
   *
   * @param request the request (the first one for a server governs the flight)
   * @param listener this caller's log; may be null
   */
  public SyncHandle sync(SyncRequest request, SyncListener listener) {
    Objects.requireNonNull(request, "request");
    SyncListener l = listener == null ? SyncListener.NONE : listener;
    if (scheduler.isShutdown()) {
      throw new IllegalStateException("the sync engine is closed");
    }
    while (true) {
      Flight existing = flights.get(request.server());
      if (existing != null) {
        Flight.Caller c = existing.attach(l, true);
        if (c != null) {
          existing.log.note(
              "request "
                  + request.runId()
                  + " by "
                  + request.requestedBy()
                  + " attached to run "
                  + existing.request.runId());
          return c;
        }
        flights.remove(request.server(), existing);
        continue;
      }
      Flight flight = new Flight(request, connection(request.server()), clock);
      Flight.Caller c = flight.attach(l, false);
      if (flights.putIfAbsent(request.server(), flight) == null) {
        launch(flight);
        return c;
      }
    }
  }

  /**
   * Calls one server once, guarded like every engine call (bulkhead, breaker, call timeout), on the
   * I/O pool. For cheap reads such as health checks.
   */
  public <T> CompletableFuture<T> call(String server, WsusCall<T> call) {
    return connection(server).call(call);
  }

  /**
   * Recovers the open journal entries of one server now (restores the original subscription sets of
   * interrupted or kept quarantines). The engine does this itself before each flight.
   */
  public CompletableFuture<RecoveryReport> recover(String server) {
    ServerConnection conn = connection(server);
    return CompletableFuture.supplyAsync(
        () -> {
          SubscriptionRestorer restorer = new WsusSubscriptionRestorer(conn.api(), userName);
          RecoveryReport all = journal.recover(name -> name.equals(server) ? restorer : null);
          return new RecoveryReport(
              all.outcomes().stream().filter(o -> o.server().equals(server)).toList(),
              all.corrupt());
        },
        io);
  }

  private ServerConnection connection(String server) {
    return connections.computeIfAbsent(
        server, name -> new ServerConnection(name, apis.open(name), resilience, io));
  }

  private void launch(Flight f) {
    Consumer<BreakerTransition> breakerListener =
        t -> {
          if (t.name().equals(Resilience.upstream(f.upstreamLabel()))
              || t.name().equals(Resilience.server(f.request.server()))) {
            f.log.breaker(t);
          }
        };
    resilience.addTransitionListener(breakerListener);
    ScheduledFuture<?> timeout =
        scheduler.schedule(
            f::terminated, f.policy().overallTimeout().toNanos(), TimeUnit.NANOSECONDS);
    resolveUpstream(f)
        .thenCompose(
            x -> {
              f.log.note(
                  "run "
                      + f.request.runId()
                      + " requested by "
                      + f.request.requestedBy()
                      + ": sync "
                      + f.request.server()
                      + " (upstream "
                      + f.upstreamLabel()
                      + ")");
              return recoverBeforeFlight(f);
            })
        .thenCompose(
            x -> {
              // From here until a fallback runs, an ended flight may complete at once (e.g. in a
              // retry backoff): nothing is changed on the server in that window.
              f.whenTerminatedIdle(() -> finish(f, terminal(f, f.terminated(), null)));
              return upstream(f);
            })
        .thenApply(r -> outcome(f, SyncResult.SUCCEEDED, SyncPath.UPSTREAM, null, null, List.of()))
        .exceptionallyCompose(e -> afterUpstreamFailure(f, Failures.unwrap(e)))
        .exceptionally(e -> unexpected(f, Failures.unwrap(e)))
        .thenAccept(
            o -> {
              timeout.cancel(false);
              resilience.removeTransitionListener(breakerListener);
              finish(f, o);
            });
  }

  /**
   * For {@code auto}: reads the upstream from the server's configuration, so that servers behind
   * the same upstream share its breaker. When the configuration cannot be read, the label last read
   * for the server, else one of its own.
   */
  private CompletableFuture<Void> resolveUpstream(Flight f) {
    if (!SyncRequest.AUTO_UPSTREAM.equals(f.upstreamLabel())) {
      return CompletableFuture.completedFuture(null);
    }
    String server = f.request.server();
    return f.connection
        .call(WsusApi::getConfiguration)
        .handle(
            (config, failure) -> {
              if (failure == null) {
                f.upstreamResolved(upstreams.remember(server, config));
              } else {
                String label =
                    upstreams.known(server).orElseGet(() -> UpstreamLabels.ownLabel(server));
                f.log.note(
                    "could not read the upstream from the configuration of "
                        + server
                        + " ("
                        + Failures.unwrap(failure).getMessage()
                        + "); using "
                        + label);
                f.upstreamResolved(label);
              }
              return null;
            });
  }

  /**
   * The label whose breaker guards {@code server}'s upstream: {@code configured}, or for {@code
   * auto} the one last read from the server (empty before its first sync).
   */
  public Optional<String> upstreamLabel(String server, String configured) {
    return SyncRequest.AUTO_UPSTREAM.equals(configured)
        ? upstreams.known(server)
        : Optional.of(configured);
  }

  /**
   * For {@code auto}, reads the upstream of a server whose label is not known yet through {@code
   * api} (a caller already on the server's connection, e.g. a health probe). A failure leaves it
   * unknown: the caller's own call will tell.
   */
  public void learnUpstream(String server, String configured, WsusApi api) {
    if (!SyncRequest.AUTO_UPSTREAM.equals(configured) || upstreams.known(server).isPresent()) {
      return;
    }
    try {
      upstreams.remember(server, api.getConfiguration());
    } catch (WsusException | RuntimeException e) {
      LOG.debug("Cannot read the upstream of {}: {}", server, e.toString());
    }
  }

  private CompletableFuture<Void> recoverBeforeFlight(Flight f) {
    String server = f.request.server();
    boolean open;
    try {
      open = !journal.read().quarantinesOn(server).isEmpty();
    } catch (RuntimeException e) {
      f.log.note("could not read the journal: " + e.getMessage());
      open = true; // let recovery report it
    }
    if (!open) {
      return CompletableFuture.completedFuture(null);
    }
    f.log.note("journal: recovering open entries of " + server + " before syncing");
    f.journalRecovered();
    return recover(server)
        .thenAccept(
            report -> {
              for (RecoveryReport.Outcome o : report.outcomes()) {
                f.log.journal(o.result().name(), o.entryId() + ": " + o.message());
                if (o.result() == RecoveryReport.Result.FAILED) {
                  // Syncing over a change that cannot be undone would hide it: stop here.
                  throw new ClassifiedFailureException(
                      new Classification(
                          ErrorClass.UNKNOWN,
                          "journal entry "
                              + o.entryId()
                              + " could not be recovered: "
                              + o.message()));
                }
              }
            });
  }

  /** The upstream path: attempts through the upstream breaker, retried by class. */
  private CompletableFuture<SyncAttempt.Result> upstream(Flight f) {
    String breakerName = Resilience.upstream(f.upstreamLabel());
    CircuitBreaker breaker = resilience.breaker(breakerName);
    Retry retry = Retry.of(breakerName + "#" + f.request.runId(), retryConfig(f, breakerName));
    retry
        .getEventPublisher()
        .onRetry(
            e ->
                f.log.retry(
                    new RetryNotice(
                        breakerName,
                        e.getNumberOfRetryAttempts(),
                        classify(e.getLastThrowable()),
                        e.getWaitInterval(),
                        false,
                        "")));
    Supplier<CompletionStage<SyncAttempt.Result>> attempt = () -> guardedAttempt(f, breaker);
    return Retry.decorateCompletionStage(retry, scheduler, attempt)
        .get()
        .toCompletableFuture()
        .whenComplete(
            (r, e) -> {
              if (e != null) {
                Throwable cause = Failures.unwrap(e);
                if (!(cause instanceof SyncTerminatedException)) {
                  Classification c = classify(cause);
                  f.log.retry(
                      new RetryNotice(
                          breakerName,
                          f.attempts(),
                          c,
                          Duration.ZERO,
                          true,
                          whyGivingUp(f, cause, c)));
                }
              }
            });
  }

  /**
   * The shared retry configuration of the upstream, with its maximum total time applied to this
   * flight (the shared interval function only knows calls made through {@link Resilience}).
   */
  private RetryConfig retryConfig(Flight f, String breakerName) {
    RetryConfig shared = resilience.retry(breakerName).getRetryConfig();
    IntervalBiFunction<Object> base = shared.getIntervalBiFunction();
    Duration maxTotal = resilience.settings().retryMaxTotalTime();
    IntervalBiFunction<Object> bounded =
        (attempt, outcome) -> {
          Long delay = base.apply(attempt, outcome);
          if (delay == null || delay < 0) {
            return delay;
          }
          Duration total = Duration.between(f.start, f.now()).plusMillis(delay);
          if (total.compareTo(maxTotal) > 0) {
            f.retryStopReason =
                "the next attempt (in " + delay + " ms) would exceed retryMaxTotalTime " + maxTotal;
            return -1L;
          }
          return delay;
        };
    return RetryConfig.from(shared).intervalBiFunction(bounded).build();
  }

  private static String whyGivingUp(Flight f, Throwable cause, Classification c) {
    if (cause instanceof CallNotPermittedException) {
      return "the circuit breaker is open";
    }
    if (f.retryStopReason != null) {
      return f.retryStopReason;
    }
    if (!c.policy().retried()) {
      return c.errorClass() + " failures are not retried";
    }
    return "the retry attempts are exhausted";
  }

  /**
   * One attempt under the upstream breaker. Only failures the server reports for the sync count (by
   * class); client errors on the way to the server are the server breaker's business.
   */
  private CompletionStage<SyncAttempt.Result> guardedAttempt(Flight f, CircuitBreaker breaker) {
    SyncTerminatedException ended = f.terminated();
    if (ended != null) {
      return CompletableFuture.failedFuture(ended);
    }
    if (!breaker.tryAcquirePermission()) {
      return CompletableFuture.failedFuture(
          CallNotPermittedException.createCallNotPermittedException(breaker));
    }
    long t0 = System.nanoTime();
    SyncAttempt a =
        new SyncAttempt(f, scheduler, classifier, f.nextAttemptNumber(), f.takeAdoption());
    return a.run()
        .whenComplete(
            (r, e) -> {
              long took = System.nanoTime() - t0;
              Throwable cause = e == null ? null : Failures.unwrap(e);
              if (cause == null) {
                breaker.onSuccess(took, TimeUnit.NANOSECONDS);
              } else if (cause instanceof SyncFailedException sf) {
                if (sf.classification().policy().countedByBreaker()) {
                  breaker.onError(took, TimeUnit.NANOSECONDS, sf);
                } else {
                  // The upstream answered (e.g. with a bad revision): it is available, which is
                  // what this breaker guards, so a half-open probe like this one closes it.
                  breaker.onSuccess(took, TimeUnit.NANOSECONDS);
                }
              } else {
                breaker.releasePermission(); // nothing was learned about the upstream
              }
            });
  }

  private CompletableFuture<SyncOutcome> afterUpstreamFailure(Flight f, Throwable cause) {
    if (cause instanceof SyncTerminatedException t) {
      return CompletableFuture.completedFuture(terminal(f, t, null));
    }
    f.whenTerminatedIdle(null); // fallbacks change servers: they must end by themselves
    boolean upstreamOpen =
        cause instanceof CallNotPermittedException cnp
            && cnp.getCausingCircuitBreakerName().equals(Resilience.upstream(f.upstreamLabel()));
    boolean rejected =
        cause instanceof CallNotPermittedException || cause instanceof BulkheadFullException;
    Classification failure = classify(cause);
    String text = textOf(cause);
    SyncResult noFallback = rejected ? SyncResult.REJECTED : SyncResult.FAILED;
    if (!upstreamOpen && !failure.policy().eligibleForFallback()) {
      f.log.note("no fallback: " + failure.errorClass() + " failures are not fallback-eligible");
      return CompletableFuture.completedFuture(
          outcome(f, noFallback, SyncPath.NONE, failure, text, List.of()));
    }
    return tryFallbacks(
        f, new ArrayList<>(f.policy().fallbackOrder()), failure, text, upstreamOpen, noFallback);
  }

  private CompletableFuture<SyncOutcome> tryFallbacks(
      Flight f,
      List<FallbackKind> remaining,
      Classification failure,
      String text,
      boolean open,
      SyncResult noFallback) {
    if (remaining.isEmpty()) {
      if (f.policy().fallbackOrder().isEmpty()) {
        f.log.note("no fallback strategy is configured");
      }
      return CompletableFuture.completedFuture(
          outcome(f, noFallback, SyncPath.NONE, failure, text, List.of()));
    }
    FallbackKind kind = remaining.remove(0);
    FallbackStrategy strategy = strategies.get(kind);
    Optional<String> whyNot;
    if (strategy == null) {
      whyNot = Optional.of("no " + kind + " strategy is installed in this engine");
    } else if (!f.policy().allows(kind)) {
      whyNot = Optional.of("disabled by the policy");
    } else {
      whyNot = strategy.whyNot(f.request, failure, open);
    }
    if (whyNot.isPresent()) {
      f.log.fallback(kind, false, whyNot.get());
      return tryFallbacks(f, remaining, failure, text, open, noFallback);
    }
    f.log.fallback(
        kind,
        true,
        (open ? "the upstream circuit breaker is open" : "the upstream path failed")
            + " with "
            + failure);
    return strategy
        .run(new Context(f, failure, text))
        .thenCompose(
            result -> {
              if (result.succeeded()) {
                if (!result.quarantined().isEmpty()) {
                  f.log.quarantine(result.quarantined(), result.explanation());
                }
                return CompletableFuture.completedFuture(
                    new SyncOutcome(
                        f.request.server(),
                        f.request.runId(),
                        SyncResult.SUCCEEDED,
                        result.path(),
                        f.start,
                        f.now(),
                        f.attempts(),
                        failure.errorClass(),
                        text,
                        result.quarantined(),
                        result.importedUpdates(),
                        null));
              }
              f.log.note(kind + " did not deliver: " + result.explanation());
              // A partial import is still on the server: the outcome must say so.
              f.partlyDelivered(result.importedUpdates());
              return tryFallbacks(f, remaining, failure, text, open, noFallback);
            })
        .exceptionally(
            e -> {
              Throwable c = Failures.unwrap(e);
              if (c instanceof SyncTerminatedException t) {
                return terminal(f, t, failure);
              }
              Classification cc = classify(c);
              f.log.note(kind + " failed: " + cc);
              return outcome(f, SyncResult.FAILED, SyncPath.NONE, cc, textOf(c), List.of());
            });
  }

  private SyncOutcome terminal(Flight f, SyncTerminatedException t, Classification last) {
    return outcome(f, t.result(), SyncPath.NONE, last, t.classification().reason(), List.of());
  }

  private SyncOutcome unexpected(Flight f, Throwable e) {
    LOG.warn("Unexpected failure in the flight of {}", f.request.server(), e);
    Classification c = classify(e);
    return outcome(f, SyncResult.FAILED, SyncPath.NONE, c, textOf(e), List.of());
  }

  private SyncOutcome outcome(
      Flight f,
      SyncResult result,
      SyncPath path,
      Classification failure,
      String text,
      List<QuarantinedCategory> quarantined) {
    return new SyncOutcome(
        f.request.server(),
        f.request.runId(),
        result,
        path,
        f.start,
        f.now(),
        f.attempts(),
        failure == null ? null : failure.errorClass(),
        text != null ? text : (failure == null ? null : failure.reason()),
        quarantined,
        f.partlyDelivered(),
        null);
  }

  private void finish(Flight f, SyncOutcome o) {
    if (f.outcome.isDone()) {
      return;
    }
    f.log.outcome(o);
    RunRecord record =
        f.log
            .evidence()
            .finish(
                o.result()
                    + " via "
                    + o.path()
                    + (o.errorClass() == null ? "" : " (" + o.errorClass() + ")"),
                o.succeeded(),
                o.path());
    SyncOutcome done = o;
    if (evidenceStore != null) {
      try {
        done = o.withEvidence(evidenceStore.save(record).json().toString());
      } catch (RuntimeException e) {
        LOG.warn("Could not save the evidence of run {}", f.request.runId(), e);
      }
    }
    EngineRun run = new EngineRun(f.request, done, f.log.entries(), record);
    for (Consumer<EngineRun> l : runListeners) {
      try {
        l.accept(run);
      } catch (RuntimeException e) {
        LOG.warn("A run listener failed for {}", f.request.server(), e);
      }
    }
    updateHealth(f, done);
    flights.remove(f.request.server(), f);
    f.complete(done);
    for (Consumer<SyncOutcome> l : outcomeListeners) {
      try {
        l.accept(done);
      } catch (RuntimeException e) {
        LOG.warn("An outcome listener failed for {}", f.request.server(), e);
      }
    }
  }

  /** Saves the server's new health snapshot; the store notifies gate waiters. */
  private void updateHealth(Flight f, SyncOutcome o) {
    if (healthStore == null || healthEvaluator == null) {
      return;
    }
    try {
      String server = f.request.server();
      Optional<ServerHealth> before = healthStore.load(server);
      boolean ok = o.succeeded();
      Map<String, BreakerState> breakers = new TreeMap<>();
      resilience
          .breakerStates()
          .forEach(
              (name, state) -> {
                if (name.equals(Resilience.server(server))
                    || name.equals(Resilience.upstream(f.upstreamLabel()))) {
                  breakers.put(name, state);
                }
              });
      String quarantine = ok && o.path() == SyncPath.DEGRADED ? degradedNote(f, o) : null;
      HealthInputs in =
          new HealthInputs(
              server,
              ok ? o.end() : before.map(ServerHealth::lastSuccessAt).orElse(null),
              switch (o.result()) {
                case SUCCEEDED -> SynchronizationResult.SUCCEEDED;
                case CANCELED -> SynchronizationResult.CANCELED;
                default -> SynchronizationResult.FAILED;
              },
              ok ? null : o.errorClass(),
              ok ? null : o.errorText(),
              ok ? 0 : before.map(ServerHealth::consecutiveFailures).orElse(0) + 1,
              breakers,
              quarantine);
      healthStore.save(healthEvaluator.evaluate(in, clock.instant()));
    } catch (RuntimeException e) {
      LOG.warn("Could not update the health of {}", f.request.server(), e);
    }
  }

  /**
   * What health says after a degraded sync: the quarantine still in effect, or, when the original
   * set was restored at once, that the last success left classifications out, so that a gate that
   * does not accept degraded syncs waits for a full one.
   */
  private static String degradedNote(Flight f, SyncOutcome o) {
    String excluded =
        o.quarantined().stream()
            .map(QuarantinedCategory::toString)
            .collect(java.util.stream.Collectors.joining(", "));
    return f.policy().restoreMode() == RestoreMode.ON_NEXT_HEALTHY_SYNC
        ? excluded
        : "the last successful sync excluded "
            + excluded
            + " (restored afterwards; a full sync is still due)";
  }

  private Classification classify(Throwable t) {
    Throwable cause = Failures.unwrap(t);
    if (cause instanceof ClassifiedFailureException c) {
      return c.classification();
    }
    return classifier.classify(cause);
  }

  private static String textOf(Throwable cause) {
    if (cause instanceof SyncFailedException sf) {
      return sf.errorText();
    }
    return cause.getMessage();
  }

  /** Stops the scheduler and the I/O pool and closes every server's API. */
  @Override
  public void close() {
    scheduler.shutdownNow();
    io.shutdownNow();
    connections.values().forEach(ServerConnection::close);
  }

  private static ThreadFactory threads(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** What a fallback strategy sees of a flight. */
  private final class Context implements FallbackContext {
    private final Flight f;
    private final Classification failure;
    private final String text;

    Context(Flight f, Classification failure, String text) {
      this.f = f;
      this.failure = failure;
      this.text = text;
    }

    @Override
    public SyncRequest request() {
      return f.request;
    }

    @Override
    public Classification failure() {
      return failure;
    }

    @Override
    public String failureText() {
      return text;
    }

    @Override
    public <T> CompletableFuture<T> callServer(WsusCall<T> call) {
      return f.connection.call(call);
    }

    @Override
    public CompletableFuture<Void> runSync() {
      SyncAttempt a = new SyncAttempt(f, scheduler, classifier, f.nextAttemptNumber(), false);
      return a.run().thenApply(r -> null);
    }

    @Override
    public boolean ended() {
      return f.terminated() != null;
    }

    @Override
    public RuntimeException endReason() {
      return f.terminated();
    }

    @Override
    public void log(String line) {
      f.log.note(line);
    }

    @Override
    public RunRecorder evidence() {
      return f.log.evidence();
    }

    @Override
    public void journalStep(String step, String detail) {
      f.log.journal(step, detail);
    }
  }

  /** Builds a {@link SyncEngine}. */
  public static final class Builder {
    private final ResilienceSettings settings;
    private final WsusApiFactory apis;
    private final ChangeJournal journal;
    private int ioThreads = 4;
    private Clock clock = Clock.systemUTC();
    private ErrorClassifier classifier = new ErrorClassifier();
    private io.jenkins.plugins.wsus.core.resilience.BreakerStateStore breakerStore;
    private String userName = "wsus-orchestrator";
    private final List<FallbackStrategy> strategies = new ArrayList<>();
    private EvidenceStore evidenceStore;
    private HealthStore healthStore;
    private HealthEvaluator healthEvaluator;

    private Builder(ResilienceSettings settings, WsusApiFactory apis, ChangeJournal journal) {
      this.settings = Objects.requireNonNull(settings, "settings");
      this.apis = Objects.requireNonNull(apis, "apis");
      this.journal = Objects.requireNonNull(journal, "journal");
    }

    /** Threads of the I/O pool running blocking WSUS calls (default 4, at most 16). */
    public Builder ioThreads(int n) {
      if (n < 1 || n > 16) {
        throw new IllegalArgumentException("ioThreads must be within 1..16, was " + n);
      }
      this.ioThreads = n;
      return this;
    }

    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value);
      return this;
    }

    public Builder classifier(ErrorClassifier value) {
      this.classifier = Objects.requireNonNull(value);
      return this;
    }

    /** Persist breaker states there (in the state directory) and restore them now. */
    public Builder breakerStore(io.jenkins.plugins.wsus.core.resilience.BreakerStateStore store) {
      this.breakerStore = store;
      return this;
    }

    /** Recorded by WSUS as who changed a subscription (quarantines). */
    public Builder userName(String value) {
      this.userName = Objects.requireNonNull(value);
      return this;
    }

    /** Installs a fallback strategy (e.g. the catalog import); replaces one of the same kind. */
    public Builder fallback(FallbackStrategy strategy) {
      this.strategies.add(Objects.requireNonNull(strategy));
      return this;
    }

    /** Saves every run's evidence (JSON + HTML) there; its JSON path goes in the outcome. */
    public Builder evidence(EvidenceStore store) {
      this.evidenceStore = store;
      return this;
    }

    /** Updates the server's health snapshot after every outcome (the store notifies gates). */
    public Builder health(HealthStore store, HealthEvaluator evaluator) {
      this.healthStore = store;
      this.healthEvaluator = evaluator;
      return this;
    }

    public SyncEngine build() {
      return new SyncEngine(this);
    }
  }
}
