package io.jenkins.plugins.wsus.core.engine;

import io.jenkins.plugins.wsus.core.client.WsusApi;
import io.jenkins.plugins.wsus.core.client.WsusSoapFaultException;
import io.jenkins.plugins.wsus.core.model.SyncEvent;
import io.jenkins.plugins.wsus.core.model.SyncEventKind;
import io.jenkins.plugins.wsus.core.model.SyncProgress;
import io.jenkins.plugins.wsus.core.model.SynchronizationStatus;
import io.jenkins.plugins.wsus.core.resilience.Classification;
import io.jenkins.plugins.wsus.core.resilience.ErrorClass;
import io.jenkins.plugins.wsus.core.resilience.ErrorClassifier;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One sync attempt on one server, as a chain of asynchronous steps: start a sync (or attach to the
 * one already running), poll state and progress at an adaptive interval on the scheduler, stop it
 * when it stalls or the flight ends, and read the result from the event history. No thread waits:
 * each step is a WSUS call on the I/O executor followed by a scheduled next step.
 */
final class SyncAttempt {

  /**
   * A successful attempt.
   *
   * @param number the attempt number within its flight
   * @param attached whether the engine followed a sync it did not start
   * @param event the result event (384) read from the event history
   */
  record Result(int number, boolean attached, SyncEvent event) {}

  /** Polls of the state after StopSubscription before going on regardless. */
  private static final int STOP_WAIT_POLLS = 20;

  private final Flight flight;
  private final ServerConnection conn;
  private final ScheduledExecutorService scheduler;
  private final ErrorClassifier classifier;
  private final int number;
  private final SyncPolicy policy;
  private final AdaptiveInterval interval;
  private final CompletableFuture<Result> result = new CompletableFuture<>();
  private final boolean mayAdopt;

  private Instant since;
  private boolean attached;
  private SyncEvent adopted;
  private Instant lastProgressAt;
  private SyncProgress lastProgress;
  private int resultReads;

  // guarded by this
  private ScheduledFuture<?> next;
  private boolean stopping;

  /**
   * @param mayAdopt for a request resumed after a restart: if the server is idle and a sync
   *     finished since the request was first made, follow that one to its result instead of
   *     starting one
   */
  SyncAttempt(
      Flight flight,
      ScheduledExecutorService scheduler,
      ErrorClassifier classifier,
      int number,
      boolean mayAdopt) {
    this.mayAdopt = mayAdopt;
    this.flight = flight;
    this.conn = flight.connection;
    this.scheduler = scheduler;
    this.classifier = classifier;
    this.number = number;
    this.policy = flight.policy();
    this.interval = new AdaptiveInterval(policy);
  }

  /** Runs the attempt; the future fails with a classified or client exception. */
  CompletableFuture<Result> run() {
    flight.setCurrent(this);
    SyncTerminatedException t = flight.terminated();
    if (t != null) {
      fail(t);
      return result;
    }
    since = flight.now().minus(policy.clockSkew());
    conn.call(WsusApi::getSubscriptionState)
        .thenCompose(this::startOrAttach)
        .whenComplete(
            (v, f) -> {
              if (f != null) {
                fail(f);
                return;
              }
              if (adopted != null) {
                flight.log.attemptAdopted(number, adopted);
              } else {
                flight.log.attemptStarted(number, attached);
              }
              lastProgressAt = flight.now();
              schedule(this::poll, interval.next());
            });
    return result;
  }

  /** The flight ended: stop waiting for the next poll and act now. */
  void wakeUp() {
    synchronized (this) {
      if (stopping || next == null || !next.cancel(false)) {
        return; // a step is running: it checks the flight when it schedules the next one
      }
      next = null;
    }
    scheduler.execute(this::poll);
  }

  private CompletableFuture<Void> startOrAttach(SynchronizationStatus status) {
    if (status == SynchronizationStatus.RUNNING) {
      attached = true;
      return CompletableFuture.completedFuture(null);
    }
    if (mayAdopt && status == SynchronizationStatus.NOT_PROCESSING) {
      return adoptOrStart();
    }
    if (status == SynchronizationStatus.STOPPING) {
      flight.log.note("a sync is stopping on " + conn.name() + "; waiting before starting anew");
      return awaitNotProcessing(STOP_WAIT_POLLS).thenCompose(x -> start());
    }
    return start();
  }

  /**
   * Resumed after a restart with the server idle: a sync that finished since the request was first
   * made is the one it asked for, so its result is read as if it had been followed throughout.
   */
  private CompletableFuture<Void> adoptOrStart() {
    Instant firstMade = flight.request.resumedSince().minus(policy.clockSkew());
    Instant to = flight.now().plus(policy.clockSkew());
    return conn.call(api -> api.searchSyncEvents(firstMade, to))
        .thenCompose(
            events -> {
              Instant previousSince = since;
              since = firstMade;
              Optional<SyncEvent> finished = newestResult(events);
              if (finished.isEmpty()) {
                since = previousSince;
                return start();
              }
              attached = true;
              adopted = finished.get();
              return CompletableFuture.completedFuture(null);
            });
  }

  private CompletableFuture<Void> start() {
    return conn.<Void>call(
            api -> {
              api.startSubscriptionManually();
              return null;
            })
        .exceptionallyCompose(
            failure -> {
              Throwable cause = Failures.unwrap(failure);
              if (!(cause instanceof WsusSoapFaultException)) {
                return CompletableFuture.failedFuture(cause);
              }
              // StartSubscriptionManually fails when a sync is already running: attach to it.
              return conn.call(WsusApi::getSubscriptionState)
                  .thenCompose(
                      s -> {
                        if (s == SynchronizationStatus.RUNNING) {
                          attached = true;
                          return CompletableFuture.<Void>completedFuture(null);
                        }
                        return CompletableFuture.<Void>failedFuture(cause);
                      });
            });
  }

  private void poll() {
    if (stopIfTerminated()) {
      return;
    }
    conn.call(WsusApi::getSubscriptionState)
        .thenCompose(
            status -> {
              if (status == SynchronizationStatus.RUNNING
                  || status == SynchronizationStatus.STOPPING) {
                return conn.call(WsusApi::getServerSyncProgress).thenApply(Optional::of);
              }
              return CompletableFuture.completedFuture(Optional.<SyncProgress>empty());
            })
        .whenComplete(
            (progress, f) -> {
              if (f != null) {
                fail(f); // the sync may go on: the next attempt attaches to it
              } else if (progress.isEmpty()) {
                readResult();
              } else {
                onProgress(progress.get());
              }
            });
  }

  private void onProgress(SyncProgress p) {
    Instant now = flight.now();
    if (lastProgress == null
        || p.phase() != lastProgress.phase()
        || p.processed() != lastProgress.processed()) {
      lastProgress = p;
      lastProgressAt = now;
      flight.log.progress(p);
    }
    Duration quiet = Duration.between(lastProgressAt, now);
    if (quiet.compareTo(policy.stallTimeout()) >= 0) {
      String where =
          lastProgress == null
              ? "no progress reported"
              : "stuck at "
                  + lastProgress.phase().wsusName()
                  + " "
                  + lastProgress.processed()
                  + "/"
                  + lastProgress.total();
      Classification c =
          new Classification(
              ErrorClass.UPSTREAM_UNAVAILABLE,
              "the sync made no progress for "
                  + quiet.toMillis()
                  + " ms (stall timeout "
                  + policy.stallTimeout()
                  + ", "
                  + where
                  + "); the engine stopped it");
      stopThenFail(new SyncFailedException(SyncFailedException.Kind.STALLED, c, null, null));
      return;
    }
    schedule(this::poll, interval.next());
  }

  private void readResult() {
    if (stopIfTerminated()) {
      return;
    }
    Instant to = flight.now().plus(policy.clockSkew());
    conn.call(api -> api.searchSyncEvents(since, to))
        .whenComplete(
            (events, f) -> {
              if (f != null) {
                fail(f);
                return;
              }
              Optional<SyncEvent> found = newestResult(events);
              if (found.isPresent()) {
                decide(found.get());
              } else if (++resultReads >= policy.resultReadPolls()) {
                fail(
                    new SyncFailedException(
                        SyncFailedException.Kind.UNKNOWN_RESULT,
                        new Classification(
                            ErrorClass.UNKNOWN,
                            "the server stopped processing but its event history shows no result"
                                + " after "
                                + resultReads
                                + " reads"),
                        null,
                        null));
              } else {
                schedule(this::readResult, interval.next());
              }
            });
  }

  private Optional<SyncEvent> newestResult(List<SyncEvent> events) {
    return events.stream()
        .filter(e -> e.timeAtServer() != null && !e.timeAtServer().isBefore(since))
        .filter(
            e ->
                e.kind() == SyncEventKind.SUCCEEDED
                    || e.kind() == SyncEventKind.FAILED
                    || e.kind() == SyncEventKind.CANCELED)
        .max(Comparator.comparing(SyncEvent::timeAtServer));
  }

  private void decide(SyncEvent event) {
    switch (event.kind()) {
      case SUCCEEDED -> succeed(new Result(number, attached, event));
      case FAILED ->
          fail(
              new SyncFailedException(
                  SyncFailedException.Kind.FAILED,
                  classifier.classify(event),
                  event.error(),
                  event.errorText()));
      default -> {
        SyncTerminatedException t = flight.terminated();
        fail(
            t != null
                ? t
                : new SyncFailedException(
                    SyncFailedException.Kind.CANCELED_BY_SERVER,
                    new Classification(
                        ErrorClass.CANCELED,
                        "the sync was canceled on the server (not by this engine)"),
                    event.error(),
                    event.errorText()));
      }
    }
  }

  /** If the flight ended: stop the sync and fail with the reason. */
  private boolean stopIfTerminated() {
    SyncTerminatedException t = flight.terminated();
    if (t == null) {
      return false;
    }
    stopThenFail(t);
    return true;
  }

  private void stopThenFail(RuntimeException failure) {
    synchronized (this) {
      stopping = true;
    }
    flight.log.note("calling StopSubscription on " + conn.name() + ": " + failure.getMessage());
    conn.<Void>call(
            api -> {
              api.stopSubscription();
              return null;
            })
        .exceptionally(
            e -> {
              flight.log.error(
                  "StopSubscription failed: " + Failures.unwrap(e).getMessage(),
                  classifier.classify(e).errorClass().name());
              return null;
            })
        .thenCompose(x -> awaitNotProcessing(STOP_WAIT_POLLS))
        .whenComplete((x, e) -> fail(failure));
  }

  /** Polls the state at the adaptive interval until NotProcessing or {@code polls} tries. */
  private CompletableFuture<Void> awaitNotProcessing(int polls) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    checkIdle(polls, new AdaptiveInterval(policy), done);
    return done;
  }

  private void checkIdle(int remaining, AdaptiveInterval wait, CompletableFuture<Void> done) {
    conn.call(WsusApi::getSubscriptionState)
        .whenComplete(
            (s, f) -> {
              if (f == null && s == SynchronizationStatus.NOT_PROCESSING || remaining <= 1) {
                done.complete(null);
              } else {
                scheduler.schedule(
                    () -> checkIdle(remaining - 1, wait, done),
                    wait.next().toNanos(),
                    TimeUnit.NANOSECONDS);
              }
            });
  }

  private void schedule(Runnable step, Duration delay) {
    synchronized (this) {
      if (result.isDone()) {
        return;
      }
      // When the flight ended meanwhile, act now rather than after the wait.
      long nanos = flight.terminated() != null && !stopping ? 0 : delay.toNanos();
      next = scheduler.schedule(step, nanos, TimeUnit.NANOSECONDS);
    }
  }

  private void succeed(Result r) {
    flight.log.attemptSucceeded(number);
    flight.setCurrentIfSame(this, null);
    result.complete(r);
  }

  private void fail(Throwable failure) {
    Throwable cause = Failures.unwrap(failure);
    flight.setCurrentIfSame(this, null);
    if (!(cause instanceof SyncTerminatedException)) {
      Classification c =
          cause instanceof SyncFailedException sf
              ? sf.classification()
              : classifier.classify(cause);
      String message = cause.getMessage();
      // A sync failure's classification already quotes the server's text: say it once.
      String detail = message == null || c.toString().contains(message) ? "" : " (" + message + ")";
      flight.log.error("attempt " + number + " failed: " + c + detail, c.errorClass().name());
    }
    result.completeExceptionally(cause);
  }
}
