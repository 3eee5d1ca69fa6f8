package io.jenkins.plugins.wsus.core.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.jenkins.plugins.wsus.core.client.WsusHttpException;
import io.jenkins.plugins.wsus.core.client.WsusNetworkException;
import io.jenkins.plugins.wsus.core.state.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Retry with exponential backoff and jitter, on a real scheduler with tiny durations. */
@Timeout(30)
class ResilienceRetryTest {
  private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
  private final MutableClock clock = new MutableClock(Instant.parse("2025-07-09T08:00:00Z"));
  private final List<RetryNotice> notices = new CopyOnWriteArrayList<>();

  private final ResilienceSettings settings =
      ResilienceSettings.builder()
          .retryMaxAttempts(4)
          .retryInitialBackoff(Duration.ofMillis(10))
          .retryMultiplier(2.0)
          .retryMaxBackoff(Duration.ofMillis(30))
          .retryRandomizationFactor(0.5)
          .retryMaxTotalTime(Duration.ofMinutes(1))
          .breakerMinimumCalls(100)
          .breakerWindowSize(100)
          .breakerAutomaticTransitionToHalfOpen(false)
          .callTimeout(Duration.ofSeconds(10))
          .build();

  private final ResilientCall call =
      ResilientCall.to(Resilience.upstream("Microsoft Update")).reportingTo(notices::add);

  @AfterEach
  void stop() {
    scheduler.shutdownNow();
  }

  private Resilience resilience(ResilienceSettings s) {
    return Resilience.builder(s, scheduler).clock(clock).build();
  }

  @Test
  void retriesTransientFailuresWithJitteredExponentialBackoffUntilSuccess() throws Exception {
    AtomicInteger attempts = new AtomicInteger();
    CompletableFuture<String> result =
        resilience(settings)
            .execute(
                call,
                () ->
                    attempts.incrementAndGet() < 4
                        ? CompletableFuture.failedFuture(timeout())
                        : CompletableFuture.completedFuture("synced"));

    assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo("synced");
    assertThat(attempts).hasValue(4);
    assertThat(notices).hasSize(3).allSatisfy(n -> assertThat(n.givingUp()).isFalse());
    // base delays 10, 20, 30 (capped by retryMaxBackoff), each randomized by +-50%
    long[] base = {10, 20, 30};
    for (int i = 0; i < 3; i++) {
      RetryNotice n = notices.get(i);
      assertThat(n.failedAttempt()).isEqualTo(i + 1);
      assertThat(n.classification().errorClass()).isEqualTo(ErrorClass.TRANSIENT_NETWORK);
      assertThat(n.delay().toMillis())
          .as("delay of retry %d", i + 1)
          .isBetween((long) Math.floor(base[i] * 0.5), (long) Math.ceil(base[i] * 1.5));
      assertThat(n.describe()).contains("retrying in").contains("TRANSIENT_NETWORK");
    }
  }

  @Test
  void doesNotRetryAuthenticationFailures() {
    AtomicInteger attempts = new AtomicInteger();
    CompletableFuture<String> result =
        resilience(settings)
            .execute(
                call,
                () -> {
                  attempts.incrementAndGet();
                  return CompletableFuture.failedFuture(
                      new WsusHttpException("GetSubscription", "wsus01", 401));
                });

    assertThatThrownBy(() -> result.get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(WsusHttpException.class);
    assertThat(attempts).hasValue(1);
    assertThat(notices)
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.givingUp()).isTrue();
              assertThat(n.detail()).isEqualTo("AUTHENTICATION failures are not retried");
            });
  }

  @Test
  void givesUpAfterMaxAttemptsWithTheOriginalError() {
    AtomicInteger attempts = new AtomicInteger();
    CompletableFuture<String> result =
        resilience(settings)
            .execute(
                call,
                () -> {
                  attempts.incrementAndGet();
                  return CompletableFuture.failedFuture(timeout());
                });

    assertThatThrownBy(() -> result.get(10, TimeUnit.SECONDS))
        .cause()
        .isInstanceOf(WsusNetworkException.class);
    assertThat(attempts).hasValue(4);
    assertThat(notices).hasSize(4);
    assertThat(notices.get(3).givingUp()).isTrue();
    assertThat(notices.get(3).detail()).isEqualTo("all 4 attempts failed");
    assertThat(notices.get(3).failedAttempt()).isEqualTo(4);
  }

  @Test
  void honoursTheMaximumTotalRetryTime() {
    AtomicInteger attempts = new AtomicInteger();
    // Each attempt "takes" 40 s of the clock; the budget is 1 min: attempt 2 ends at 80 s.
    CompletableFuture<String> result =
        resilience(settings)
            .execute(
                call,
                () -> {
                  attempts.incrementAndGet();
                  clock.advance(Duration.ofSeconds(40));
                  return CompletableFuture.failedFuture(timeout());
                });

    assertThatThrownBy(() -> result.get(10, TimeUnit.SECONDS))
        .cause()
        .isInstanceOf(WsusNetworkException.class);
    assertThat(attempts).hasValue(2);
    assertThat(notices).hasSize(2);
    assertThat(notices.get(1).givingUp()).isTrue();
    assertThat(notices.get(1).detail()).contains("would exceed retryMaxTotalTime PT1M");
  }

  @Test
  void aCallMarkedWithoutRetryIsAttemptedOnce() {
    AtomicInteger attempts = new AtomicInteger();
    CompletableFuture<String> result =
        resilience(settings)
            .execute(
                call.withoutRetry(),
                () -> {
                  attempts.incrementAndGet();
                  return CompletableFuture.failedFuture(timeout());
                });
    assertThatThrownBy(() -> result.get(10, TimeUnit.SECONDS))
        .cause()
        .isInstanceOf(WsusNetworkException.class);
    assertThat(attempts).hasValue(1);
    assertThat(notices)
        .singleElement()
        .satisfies(n -> assertThat(n.detail()).contains("not retried"));
  }

  @Test
  void aThrowingSupplierIsAFailedAttempt() {
    AtomicInteger attempts = new AtomicInteger();
    CompletableFuture<String> result =
        resilience(settings.toBuilder().retryMaxAttempts(2).build())
            .execute(
                call,
                () -> {
                  attempts.incrementAndGet();
                  throw new IllegalStateException("bug in the call");
                });
    assertThatThrownBy(() -> result.get(10, TimeUnit.SECONDS))
        .cause()
        .isInstanceOf(IllegalStateException.class);
    assertThat(attempts).hasValue(2); // UNKNOWN is retried (bounded)
  }

  @Test
  void timeLimiterFailsAHangingCallAsTransient() {
    Resilience r =
        resilience(
            settings.toBuilder().retryMaxAttempts(1).callTimeout(Duration.ofMillis(50)).build());
    CompletableFuture<String> never = new CompletableFuture<>();
    CompletableFuture<String> result = r.execute(call, () -> never);

    assertThatThrownBy(() -> result.get(10, TimeUnit.SECONDS))
        .cause()
        .isInstanceOf(TimeoutException.class);
    assertThat(never).isCompletedExceptionally(); // the hanging call is told to stop
    assertThat(notices.get(0).classification().errorClass())
        .isEqualTo(ErrorClass.TRANSIENT_NETWORK);
  }

  @Test
  void fullBulkheadFailsFastWithoutHoldingAThread() throws Exception {
    Resilience r =
        resilience(settings.toBuilder().retryMaxAttempts(1).bulkheadMaxConcurrentCalls(1).build());
    ResilientCall limited = call.withBulkhead(Resilience.server("wsus01"));
    CompletableFuture<String> running = new CompletableFuture<>();
    CompletableFuture<String> first = r.execute(limited, () -> running);
    CompletableFuture<String> second =
        r.execute(limited, () -> CompletableFuture.completedFuture("never called"));

    assertThatThrownBy(() -> second.get(10, TimeUnit.SECONDS))
        .cause()
        .isInstanceOf(BulkheadFullException.class);
    running.complete("done");
    assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("done");
    assertThat(r.execute(limited, () -> CompletableFuture.completedFuture("again")).get())
        .isEqualTo("again");
  }

  private static WsusNetworkException timeout() {
    return new WsusNetworkException(
        "StartSubscriptionManually",
        "wsus01",
        WsusNetworkException.Kind.TIMEOUT,
        "The operation has timed out",
        null);
  }
}
