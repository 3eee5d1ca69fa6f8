package io.jenkins.plugins.wsus.core.health;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Waits for a gate to PASS without holding a thread: it re-evaluates on every health change the
 * {@link HealthStore} publishes and gives up at a deadline scheduled on the host's scheduler. A
 * FAIL ends the wait at once (waiting cannot fix it).
 */
public final class GateWaiter {
  private final HealthStore store;
  private final GateEvaluator evaluator;
  private final ScheduledExecutorService scheduler;
  private final Clock clock;

  public GateWaiter(
      HealthStore store, GateEvaluator evaluator, ScheduledExecutorService scheduler, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Completes with PASS or FAIL as soon as a health snapshot of {@code server} gives it, or with
   * the last WAIT turned into FAIL ({@code timedOut}) after {@code limit}. Cancelling the returned
   * future stops the wait.
   */
  public CompletableFuture<GateResult> await(String server, GatePolicy policy, Duration limit) {
    CompletableFuture<GateResult> result = new CompletableFuture<>();
    AtomicReference<GateResult> last = new AtomicReference<>();
    AutoCloseable subscription =
        store.subscribe(
            health -> {
              if (health.server().equals(server)) {
                decide(evaluator.evaluate(policy, health, clock.instant()), last, result);
              }
            });
    ScheduledFuture<?> deadline =
        scheduler.schedule(
            () -> {
              GateResult waiting = last.get();
              List<String> reasons = new ArrayList<>();
              reasons.add("gave up after waiting " + limit + " for the gate to pass");
              if (waiting != null) {
                reasons.addAll(waiting.reasons());
              }
              result.complete(
                  new GateResult(
                      GateResult.Decision.FAIL,
                      reasons,
                      waiting == null ? null : waiting.health(),
                      true));
            },
            Math.max(0, limit.toMillis()),
            TimeUnit.MILLISECONDS);
    result.whenComplete(
        (r, t) -> {
          deadline.cancel(false);
          try {
            subscription.close();
          } catch (Exception ignored) {
            // removing a listener cannot fail
          }
        });
    // Subscribed first, then read: a change in between is seen by one or the other.
    decide(
        evaluator.evaluate(policy, store.load(server).orElse(null), clock.instant()), last, result);
    return result;
  }

  private static void decide(
      GateResult evaluated,
      AtomicReference<GateResult> last,
      CompletableFuture<GateResult> result) {
    last.set(evaluated);
    if (evaluated.decision() != GateResult.Decision.WAIT) {
      result.complete(evaluated);
    }
  }
}
