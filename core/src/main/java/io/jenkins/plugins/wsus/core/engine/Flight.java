package io.jenkins.plugins.wsus.core.engine;

import io.jenkins.plugins.wsus.core.evidence.Redactor;
import io.jenkins.plugins.wsus.core.evidence.RunRecorder;
import io.jenkins.plugins.wsus.core.evidence.SyncPath;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one sync in flight for one server, and the callers attached to it. The first request's policy
 * and run id govern the flight; later requests attach and receive its outcome.
 */
final class Flight {
  final SyncRequest request;
  final ServerConnection connection;
  final FlightLog log;
  final Instant start;
  final Instant deadline;
  final CompletableFuture<SyncOutcome> outcome = new CompletableFuture<>();
  private final Clock clock;
  private final AtomicInteger attempts = new AtomicInteger();
  private final List<Caller> callers = new ArrayList<>();
  private volatile SyncTerminatedException terminated;
  private volatile SyncAttempt current;
  private volatile Runnable whenTerminatedIdle;

  /** The upstream label: the request's, or the one read from the server for {@code auto}. */
  private volatile String upstreamLabel;

  /** Whether the first upstream attempt may adopt a sync that finished while the host was down. */
  private final java.util.concurrent.atomic.AtomicBoolean mayAdopt;

  /** Why the upstream retry stopped early (max total time), null otherwise. */
  volatile String retryStopReason;

  Flight(SyncRequest request, ServerConnection connection, Clock clock) {
    this.request = request;
    this.connection = connection;
    this.clock = clock;
    this.log =
        new FlightLog(
            request.server(),
            clock,
            new RunRecorder(
                request.runId(), request.server(), summary(request), clock, Redactor.keysOnly()));
    this.upstreamLabel = request.upstreamLabel();
    this.mayAdopt = new java.util.concurrent.atomic.AtomicBoolean(request.resumedSince() != null);
    this.start = clock.instant();
    this.deadline = start.plus(request.policy().overallTimeout());
  }

  /** The request as the evidence shows it (no secrets: a request carries none). */
  private static Map<String, String> summary(SyncRequest r) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("server", r.server());
    m.put("upstream", r.upstreamLabel());
    m.put("requestedBy", r.requestedBy());
    SyncPolicy p = r.policy();
    m.put("stallTimeout", p.stallTimeout().toString());
    m.put("overallTimeout", p.overallTimeout().toString());
    m.put("polling", p.pollInitial() + " x" + p.pollMultiplier() + " up to " + p.pollCap());
    m.put("degradedSync", Boolean.toString(p.degradedSyncEnabled()));
    m.put("restoreMode", p.restoreMode().name());
    m.put("includeProductsInBisection", Boolean.toString(p.includeProductsInBisection()));
    m.put("fallbackOrder", p.fallbackOrder().toString());
    return m;
  }

  /**
   * Once per flight: whether this attempt may adopt a sync that finished while the host was down.
   */
  boolean takeAdoption() {
    return mayAdopt.getAndSet(false);
  }

  /**
   * Journal entries were recovered before this flight: a sync that finished meanwhile may have run
   * with a classification quarantined, so it is not adopted as a full sync.
   */
  void journalRecovered() {
    mayAdopt.set(false);
  }

  String upstreamLabel() {
    return upstreamLabel;
  }

  void upstreamResolved(String label) {
    upstreamLabel = label;
    log.evidence().requestField("upstream", label);
  }

  SyncPolicy policy() {
    return request.policy();
  }

  Instant now() {
    return clock.instant();
  }

  int nextAttemptNumber() {
    return attempts.incrementAndGet();
  }

  /** Updates a fallback delivered even though it did not count as a success (a partial import). */
  private final List<String> partlyDelivered = new java.util.concurrent.CopyOnWriteArrayList<>();

  void partlyDelivered(List<String> updates) {
    partlyDelivered.addAll(updates);
  }

  List<String> partlyDelivered() {
    return List.copyOf(partlyDelivered);
  }

  int attempts() {
    return attempts.get();
  }

  /** Set when every caller aborted or the overall timeout passed; null while the flight goes on. */
  SyncTerminatedException terminated() {
    SyncTerminatedException t = terminated;
    if (t == null && !now().isBefore(deadline)) {
      terminate(
          SyncResult.TIMED_OUT, "the overall timeout of " + policy().overallTimeout() + " passed");
      t = terminated;
    }
    return t;
  }

  /** Ends the flight on purpose; wakes the running attempt so it stops the sync now. */
  void terminate(SyncResult result, String reason) {
    synchronized (this) {
      if (terminated != null) {
        return;
      }
      terminated = new SyncTerminatedException(result, reason);
    }
    log.note("ending the flight (" + result + "): " + reason);
    SyncAttempt a = current;
    if (a != null) {
      a.wakeUp();
    } else {
      Runnable idle = whenTerminatedIdle;
      if (idle != null) {
        idle.run();
      }
    }
  }

  /**
   * What to do when the flight is ended while no attempt runs (e.g. during a retry backoff): the
   * engine then completes the outcome at once instead of waiting for the backoff. Null when nothing
   * may be short-cut (a fallback is changing the server).
   */
  void whenTerminatedIdle(Runnable hook) {
    this.whenTerminatedIdle = hook;
  }

  void setCurrent(SyncAttempt attempt) {
    this.current = attempt;
  }

  synchronized void setCurrentIfSame(SyncAttempt expected, SyncAttempt replacement) {
    if (current == expected) {
      current = replacement;
    }
  }

  /** Attaches a caller. Returns null when the flight already ended (the caller must start anew). */
  synchronized Caller attach(SyncListener listener, boolean attached) {
    if (outcome.isDone()) {
      return null;
    }
    Caller c = new Caller(this, listener, attached);
    callers.add(c);
    log.add(listener);
    return c;
  }

  /** A caller aborted: cancel its own future; the last one to leave ends the flight. */
  void leave(Caller caller, String reason) {
    boolean last;
    synchronized (this) {
      if (!callers.remove(caller)) {
        return;
      }
      last = callers.isEmpty();
    }
    log.remove(caller.listener);
    SyncOutcome canceled =
        new SyncOutcome(
            request.server(),
            request.runId(),
            SyncResult.CANCELED,
            SyncPath.NONE,
            start,
            now(),
            attempts(),
            null,
            reason,
            List.of(),
            List.of(),
            null);
    if (last) {
      terminate(SyncResult.CANCELED, "canceled by the caller: " + reason);
      // The last caller hears the flight's real ending (stop, restore), so it follows the flight.
      outcome.whenComplete((o, e) -> caller.finish(o != null ? o : canceled));
    } else {
      caller.finish(canceled);
    }
  }

  /** Completes every attached caller with the outcome. */
  void complete(SyncOutcome o) {
    List<Caller> all;
    synchronized (this) {
      if (!outcome.complete(o)) {
        return;
      }
      all = List.copyOf(callers);
    }
    for (Caller c : all) {
      c.finish(o);
    }
  }

  /** One caller attached to a flight. */
  static final class Caller implements SyncHandle {
    private final Flight flight;
    private final SyncListener listener;
    private final boolean attached;
    private final CompletableFuture<SyncOutcome> own = new CompletableFuture<>();

    Caller(Flight flight, SyncListener listener, boolean attached) {
      this.flight = flight;
      this.listener = listener;
      this.attached = attached;
    }

    void finish(SyncOutcome o) {
      if (own.complete(o)) {
        try {
          listener.onOutcome(o);
        } catch (RuntimeException e) {
          // a listener must not break the outcome
        }
      }
    }

    @Override
    public CompletableFuture<SyncOutcome> outcome() {
      return own;
    }

    @Override
    public void cancel(String reason) {
      flight.leave(this, reason == null || reason.isBlank() ? "aborted" : reason);
    }

    @Override
    public String runId() {
      return flight.request.runId();
    }

    @Override
    public boolean attached() {
      return attached;
    }
  }
}
