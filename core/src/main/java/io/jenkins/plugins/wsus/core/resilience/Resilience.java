package io.jenkins.plugins.wsus.core.resilience;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.circuitbreaker.event.CircuitBreakerOnStateTransitionEvent;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.jenkins.plugins.wsus.core.state.StateFileException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where Resilience4j is configured, built only from {@link ResilienceSettings}. One
 * instance per process: its registries are shared by every job, so a breaker opened by one job
 * protects all of them.
 *
 * <p>Breaker names: {@code upstream:<label>} (Microsoft Update or an upstream WSUS), {@code
 * server:<name>} (a WSUS server's own API), {@code catalog}. A call goes through, outermost first:
 * Retry (exponential backoff with jitter, bounded by attempts AND total time, only retryable
 * classes) → Bulkhead (semaphore, never waits: a full bulkhead fails fast and the Retry backs off)
 * → CircuitBreaker (records only classes the {@link ErrorClassTable} counts) → TimeLimiter → the
 * call. Nothing blocks a thread: waits are scheduled on the host's {@link
 * ScheduledExecutorService}.
 *
 * <p>Restart: with a {@link BreakerStateStore}, every transition is persisted. On creation a
 * breaker persisted OPEN is restored OPEN until its original wait ends ({@code openedAt +
 * breakerWaitInOpen}), never longer or shorter; one whose wait ended while the process was down, or
 * one persisted HALF_OPEN, goes OPEN then HALF_OPEN (Resilience4j has no direct CLOSED →
 * HALF_OPEN), so the next call is a probe rather than trusting the upstream blindly; FORCED_OPEN,
 * DISABLED and METRICS_ONLY are restored as they were. The failure counts of a CLOSED breaker are
 * not persisted.
 */
public final class Resilience {
  /** The breaker guarding the Microsoft Update Catalog. */
  public static final String CATALOG = "catalog";

  private static final Logger LOG = LoggerFactory.getLogger(Resilience.class);

  private final ResilienceSettings settings;
  private final ErrorClassifier classifier;
  private final Clock clock;
  private final ScheduledExecutorService scheduler;
  private final BreakerStateStore store;
  private final CircuitBreakerRegistry breakers;
  private final RetryRegistry retries;
  private final BulkheadRegistry bulkheads;
  private final TimeLimiter timeLimiter;
  private final IntervalFunction backoff;
  private final List<Consumer<BreakerTransition>> listeners = new CopyOnWriteArrayList<>();
  private final Map<String, String> lastCountedFailure = new ConcurrentHashMap<>();
  private final Map<String, String> pendingReason = new ConcurrentHashMap<>();
  private final Map<String, Instant> openedAt = new ConcurrentHashMap<>();

  /** While restoring: the original opening time, so a restart does not restart the wait. */
  private final Map<String, Instant> restoringOpenedAt = new ConcurrentHashMap<>();

  private Resilience(Builder b) {
    this.settings = b.settings;
    this.classifier = b.classifier;
    this.clock = b.clock;
    this.scheduler = b.scheduler;
    this.store = b.store;
    this.listeners.addAll(b.listeners);
    this.backoff =
        IntervalFunction.ofExponentialRandomBackoff(
            settings.retryInitialBackoff(),
            settings.retryMultiplier(),
            settings.retryRandomizationFactor(),
            settings.retryMaxBackoff());
    this.breakers = CircuitBreakerRegistry.of(breakerConfig());
    this.breakers.getEventPublisher().onEntryAdded(e -> attach(e.getAddedEntry()));
    this.retries = RetryRegistry.of(retryConfig());
    this.bulkheads =
        BulkheadRegistry.of(
            BulkheadConfig.custom()
                .maxConcurrentCalls(settings.bulkheadMaxConcurrentCalls())
                .maxWaitDuration(Duration.ZERO)
                .build());
    this.timeLimiter =
        TimeLimiter.of(
            "call",
            TimeLimiterConfig.custom()
                .timeoutDuration(settings.callTimeout())
                .cancelRunningFuture(true)
                .build());
    if (store != null) {
      restore(store.load());
    }
  }

  /** Starts building; {@code settings} and {@code scheduler} are required. */
  public static Builder builder(ResilienceSettings settings, ScheduledExecutorService scheduler) {
    return new Builder(settings, scheduler);
  }

  /** The breaker name of an upstream (Microsoft Update or an upstream WSUS label). */
  public static String upstream(String label) {
    return "upstream:" + label;
  }

  /** The breaker name of a WSUS server's own API. */
  public static String server(String name) {
    return "server:" + name;
  }

  /** The settings this was built from. */
  public ResilienceSettings settings() {
    return settings;
  }

  /** The classifier the Retry and breakers use. */
  public ErrorClassifier classifier() {
    return classifier;
  }

  /** The shared breaker {@code name}, created on first use. */
  public CircuitBreaker breaker(String name) {
    return breakers.circuitBreaker(name);
  }

  /** The shared bulkhead {@code name}, created on first use. */
  public Bulkhead bulkhead(String name) {
    return bulkheads.bulkhead(name);
  }

  /** The shared retry {@code name}, created on first use. */
  public Retry retry(String name) {
    return retries.retry(name);
  }

  /** The state of every breaker created so far, by name. */
  public Map<String, BreakerState> breakerStates() {
    Map<String, BreakerState> states = new TreeMap<>();
    breakers
        .getAllCircuitBreakers()
        .forEach(cb -> states.put(cb.getName(), BreakerState.of(cb.getState())));
    return states;
  }

  /** Subscribes to breaker transitions of every breaker (now and later). */
  public void addTransitionListener(Consumer<BreakerTransition> listener) {
    listeners.add(Objects.requireNonNull(listener));
  }

  /** Unsubscribes. */
  public void removeTransitionListener(Consumer<BreakerTransition> listener) {
    listeners.remove(listener);
  }

  /** Opens a breaker by operator decision until released with {@link #release(String, String)}. */
  public void forceOpen(String name, String reason) {
    pendingReason.put(name, reason);
    breaker(name).transitionToForcedOpenState();
  }

  /** Closes a breaker by operator decision. */
  public void release(String name, String reason) {
    pendingReason.put(name, reason);
    breaker(name).transitionToClosedState();
  }

  /** Runs {@code call} once through every decorator; see {@link #decorate}. */
  public <T> CompletableFuture<T> execute(
      ResilientCall call, Supplier<? extends CompletionStage<T>> supplier) {
    return decorate(call, supplier).get();
  }

  /**
   * Decorates an asynchronous call with Retry, Bulkhead, CircuitBreaker and TimeLimiter. The
   * returned future fails with the call's own error (not wrapped), after the listener heard "giving
   * up" with the reason.
   */
  public <T> Supplier<CompletableFuture<T>> decorate(
      ResilientCall call, Supplier<? extends CompletionStage<T>> supplier) {
    CircuitBreaker breaker = breaker(call.breakerName());
    Bulkhead bulkhead = call.bulkheadName() == null ? null : bulkhead(call.bulkheadName());
    Retry retry = retry(call.breakerName());
    Supplier<CompletionStage<T>> timed =
        () -> timeLimiter.executeCompletionStage(scheduler, () -> invoke(supplier));
    Supplier<CompletionStage<T>> guarded = CircuitBreaker.decorateCompletionStage(breaker, timed);
    Supplier<CompletionStage<T>> limited =
        bulkhead == null ? guarded : Bulkhead.decorateCompletionStage(bulkhead, guarded);
    return () -> {
      AttemptContext context = new AttemptContext(call, clock.instant());
      Supplier<CompletionStage<T>> attempt = () -> tagFailure(limited, context);
      CompletableFuture<T> result = new CompletableFuture<>();
      Supplier<CompletionStage<T>> attempts =
          call.retried() ? Retry.decorateCompletionStage(retry, scheduler, attempt) : attempt;
      attempts
          .get()
          .whenComplete(
              (value, failure) -> {
                if (failure == null) {
                  result.complete(value);
                } else {
                  Throwable cause = rootOf(failure);
                  reportGivingUp(context, cause);
                  result.completeExceptionally(cause);
                }
              });
      return result;
    };
  }

  private static <T> CompletionStage<T> invoke(Supplier<? extends CompletionStage<T>> supplier) {
    try {
      CompletionStage<T> stage = supplier.get();
      return stage == null
          ? CompletableFuture.failedFuture(new IllegalStateException("call returned no stage"))
          : stage;
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /** Counts the attempt and tags its failure with the call's context for the interval function. */
  private static <T> CompletionStage<T> tagFailure(
      Supplier<CompletionStage<T>> limited, AttemptContext context) {
    context.attempts++;
    CompletableFuture<T> tagged = new CompletableFuture<>();
    invoke(limited)
        .whenComplete(
            (value, failure) -> {
              if (failure == null) {
                tagged.complete(value);
              } else {
                tagged.completeExceptionally(
                    new AttemptFailure(ErrorClassifier.unwrap(failure), context));
              }
            });
    return tagged;
  }

  private void reportGivingUp(AttemptContext context, Throwable cause) {
    Classification classification = classifier.classify(cause);
    String detail;
    if (context.stopReason != null) {
      detail = context.stopReason;
    } else if (!context.call.retried()) {
      detail = "this call is not retried (single attempt)";
    } else if (cause instanceof CallNotPermittedException) {
      detail = "the circuit breaker is open; the next attempt waits for it to close";
    } else if (!classification.policy().retried()) {
      detail = classification.errorClass() + " failures are not retried";
    } else {
      detail = "all " + settings.retryMaxAttempts() + " attempts failed";
    }
    context
        .call
        .listener()
        .onRetry(
            new RetryNotice(
                context.call.breakerName(),
                context.attempts,
                classification,
                Duration.ZERO,
                true,
                detail));
  }

  private CircuitBreakerConfig breakerConfig() {
    return CircuitBreakerConfig.custom()
        .failureRateThreshold(settings.breakerFailureRateThreshold())
        .slidingWindowType(
            settings.breakerWindowType() == ResilienceSettings.WindowType.COUNT_BASED
                ? CircuitBreakerConfig.SlidingWindowType.COUNT_BASED
                : CircuitBreakerConfig.SlidingWindowType.TIME_BASED)
        .slidingWindowSize(settings.breakerWindowSize())
        .minimumNumberOfCalls(settings.breakerMinimumCalls())
        .waitDurationInOpenState(settings.breakerWaitInOpen())
        .permittedNumberOfCallsInHalfOpenState(settings.breakerPermittedCallsInHalfOpen())
        .automaticTransitionFromOpenToHalfOpenEnabled(
            settings.breakerAutomaticTransitionToHalfOpen())
        // Only classes the table counts: an AUTHENTICATION failure must not open the upstream.
        .recordException(t -> classifier.classify(t).policy().countedByBreaker())
        .writableStackTraceEnabled(false)
        .clock(clock)
        .build();
  }

  private RetryConfig retryConfig() {
    IntervalBiFunction<Object> interval = this::nextDelay;
    return RetryConfig.custom()
        .maxAttempts(settings.retryMaxAttempts())
        .retryOnException(this::isRetryable)
        .intervalBiFunction(interval)
        .failAfterMaxAttempts(false)
        .build();
  }

  private boolean isRetryable(Throwable failure) {
    Throwable cause = rootOf(failure);
    if (cause instanceof CallNotPermittedException) {
      // Hammering an open breaker is pointless; the engine's schedule waits for half-open.
      return false;
    }
    return classifier.classify(cause).policy().retried();
  }

  /**
   * The delay before the next attempt (exponential backoff with jitter), or -1 to stop when the
   * next attempt would start after the maximum total retry time. Reports the decision to the call's
   * listener.
   */
  private Long nextDelay(Integer failedAttempts, Either<Throwable, Object> outcome) {
    long delay = Math.max(1L, backoff.apply(failedAttempts));
    if (outcome.isLeft() && outcome.getLeft() instanceof AttemptFailure failure) {
      AttemptContext context = failure.context;
      Duration elapsed = Duration.between(context.startedAt, clock.instant());
      Duration total = elapsed.plusMillis(delay);
      if (total.compareTo(settings.retryMaxTotalTime()) > 0) {
        context.stopReason =
            "the next attempt (in "
                + delay
                + " ms, "
                + elapsed.toMillis()
                + " ms after the first) would exceed retryMaxTotalTime "
                + settings.retryMaxTotalTime();
        return -1L;
      }
      context
          .call
          .listener()
          .onRetry(
              new RetryNotice(
                  context.call.breakerName(),
                  failedAttempts,
                  classifier.classify(failure.getCause()),
                  Duration.ofMillis(delay),
                  false,
                  ""));
    }
    return delay;
  }

  private void attach(CircuitBreaker breaker) {
    String name = breaker.getName();
    breaker
        .getEventPublisher()
        .onError(
            e -> lastCountedFailure.put(name, classifier.classify(e.getThrowable()).toString()))
        .onStateTransition(e -> onTransition(breaker, e));
  }

  private void onTransition(CircuitBreaker breaker, CircuitBreakerOnStateTransitionEvent event) {
    String name = breaker.getName();
    BreakerState from = BreakerState.of(event.getStateTransition().getFromState());
    BreakerState to = BreakerState.of(event.getStateTransition().getToState());
    Instant at = clock.instant();
    String reason = pendingReason.remove(name);
    if (reason == null) {
      reason = describe(breaker, from, to);
    }
    if (to.rejectsCalls()) {
      Instant restored = restoringOpenedAt.get(name);
      if (restored != null) {
        openedAt.put(name, restored);
      } else if (!from.rejectsCalls() || !openedAt.containsKey(name)) {
        openedAt.put(name, at);
      }
    }
    if (store != null) {
      try {
        store.save(name, new PersistedBreaker(to, at, openedAt.get(name), reason));
      } catch (StateFileException e) {
        LOG.warn("Could not persist the state of breaker {}: {}", name, e.getMessage());
      }
    }
    BreakerTransition transition = new BreakerTransition(name, from, to, at, reason);
    for (Consumer<BreakerTransition> listener : listeners) {
      try {
        listener.accept(transition);
      } catch (RuntimeException e) {
        LOG.warn("A breaker transition listener failed on {}", transition, e);
      }
    }
  }

  private String describe(CircuitBreaker breaker, BreakerState from, BreakerState to) {
    String last = lastCountedFailure.getOrDefault(breaker.getName(), "none recorded");
    if (from == BreakerState.CLOSED && to == BreakerState.OPEN) {
      return String.format(
          java.util.Locale.ROOT,
          "failure rate %.0f%% reached the %.0f%% threshold; last counted failure: %s",
          breaker.getMetrics().getFailureRate(),
          settings.breakerFailureRateThreshold(),
          last);
    }
    if (from == BreakerState.HALF_OPEN && to == BreakerState.OPEN) {
      return "the half-open probe failed; last counted failure: " + last;
    }
    if (from == BreakerState.OPEN && to == BreakerState.HALF_OPEN) {
      return "the wait in open ("
          + settings.breakerWaitInOpen()
          + ") ended; allowing "
          + settings.breakerPermittedCallsInHalfOpen()
          + " probe call(s)";
    }
    if (from == BreakerState.HALF_OPEN && to == BreakerState.CLOSED) {
      return "the half-open probe succeeded";
    }
    return "changed from " + from + " to " + to;
  }

  private void restore(Map<String, PersistedBreaker> persisted) {
    Instant now = clock.instant();
    persisted.forEach(
        (name, state) -> {
          CircuitBreaker breaker = breaker(name);
          switch (state.state()) {
            case OPEN, HALF_OPEN -> {
              Instant opened = state.openedAt() != null ? state.openedAt() : state.since();
              Instant waitEnds =
                  state.state() == BreakerState.OPEN
                      ? opened.plus(settings.breakerWaitInOpen())
                      : now;
              restoringOpenedAt.put(name, opened);
              pendingReason.put(
                  name,
                  "restored after restart: was "
                      + state.state()
                      + " since "
                      + state.since()
                      + (waitEnds.isAfter(now)
                          ? "; stays open until " + waitEnds
                          : "; its wait is over, the next call is a probe")
                      + " (was: "
                      + state.reason()
                      + ")");
              breaker.transitionToOpenStateUntil(waitEnds.isAfter(now) ? waitEnds : now);
              restoringOpenedAt.remove(name);
              if (!waitEnds.isAfter(now)) {
                pendingReason.put(
                    name, "restored after restart: the wait in open is over; probing");
                breaker.transitionToHalfOpenState();
              }
            }
            case FORCED_OPEN -> {
              pendingReason.put(
                  name, "restored after restart: forced open (" + state.reason() + ")");
              breaker.transitionToForcedOpenState();
            }
            case DISABLED -> {
              pendingReason.put(name, "restored after restart: disabled");
              breaker.transitionToDisabledState();
            }
            case METRICS_ONLY -> {
              pendingReason.put(name, "restored after restart: metrics only");
              breaker.transitionToMetricsOnlyState();
            }
            case CLOSED -> {
              // nothing to restore: a fresh breaker is closed
            }
          }
        });
  }

  /** Strips future wrappers and our attempt tag. */
  private static Throwable rootOf(Throwable failure) {
    Throwable t = ErrorClassifier.unwrap(failure);
    while (t instanceof AttemptFailure tagged) {
      t = ErrorClassifier.unwrap(tagged.getCause());
    }
    return t;
  }

  /** Per-call state shared by the attempts of one decorated call. */
  private static final class AttemptContext {
    final ResilientCall call;
    final Instant startedAt;
    volatile int attempts;
    volatile String stopReason;

    AttemptContext(ResilientCall call, Instant startedAt) {
      this.call = call;
      this.startedAt = startedAt;
    }
  }

  /** Carries one attempt's failure plus its call's context through the Retry. */
  private static final class AttemptFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient AttemptContext context;

    AttemptFailure(Throwable cause, AttemptContext context) {
      super(cause.toString(), cause, false, false);
      this.context = context;
    }
  }

  /** Builds the process-wide instance. */
  public static final class Builder {
    private final ResilienceSettings settings;
    private final ScheduledExecutorService scheduler;
    private ErrorClassifier classifier = new ErrorClassifier();
    private Clock clock = Clock.systemUTC();
    private BreakerStateStore store;
    private final List<Consumer<BreakerTransition>> listeners = new ArrayList<>();

    private Builder(ResilienceSettings settings, ScheduledExecutorService scheduler) {
      this.settings = Objects.requireNonNull(settings, "settings");
      this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    }

    /** The classifier (default: a new {@link ErrorClassifier}). */
    public Builder classifier(ErrorClassifier value) {
      classifier = Objects.requireNonNull(value);
      return this;
    }

    /** The clock for breakers and the total retry time (tests pass a controllable one). */
    public Builder clock(Clock value) {
      clock = Objects.requireNonNull(value);
      return this;
    }

    /** Persist breaker states there and restore them now. */
    public Builder stateStore(BreakerStateStore value) {
      store = value;
      return this;
    }

    /** A transition listener that also hears the transitions of the restore. */
    public Builder transitionListener(Consumer<BreakerTransition> listener) {
      listeners.add(Objects.requireNonNull(listener));
      return this;
    }

    public Resilience build() {
      return new Resilience(this);
    }
  }
}
