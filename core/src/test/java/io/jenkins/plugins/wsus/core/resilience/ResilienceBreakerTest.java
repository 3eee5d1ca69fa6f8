package io.jenkins.plugins.wsus.core.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.jenkins.plugins.wsus.core.client.WsusHttpException;
import io.jenkins.plugins.wsus.core.client.WsusNetworkException;
import io.jenkins.plugins.wsus.core.state.MutableClock;
import io.jenkins.plugins.wsus.core.state.StateFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The shared breakers: what opens them, the half-open probe, events, persistence and restore. */
@Timeout(30)
class ResilienceBreakerTest {
  private static final String UPSTREAM = Resilience.upstream("Microsoft Update");

  private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
  private final MutableClock clock = new MutableClock(Instant.parse("2025-07-09T08:00:00Z"));
  private final List<BreakerTransition> transitions = new CopyOnWriteArrayList<>();
  @TempDir Path stateDir;

  private final ResilienceSettings settings =
      ResilienceSettings.builder()
          .retryMaxAttempts(1)
          .breakerWindowSize(4)
          .breakerMinimumCalls(4)
          .breakerFailureRateThreshold(50)
          .breakerWaitInOpen(Duration.ofMinutes(15))
          .breakerPermittedCallsInHalfOpen(1)
          .breakerAutomaticTransitionToHalfOpen(false)
          .build();

  @AfterEach
  void stop() {
    scheduler.shutdownNow();
  }

  private Resilience resilience() {
    return Resilience.builder(settings, scheduler)
        .clock(clock)
        .stateStore(new BreakerStateStore(stateDir))
        .transitionListener(transitions::add)
        .build();
  }

  @Test
  void opensAfterCountedFailuresAndRejectsWithoutCalling() {
    Resilience r = resilience();
    for (int i = 0; i < 4; i++) {
      fail(r, timeout());
    }
    assertThat(r.breakerStates()).containsEntry(UPSTREAM, BreakerState.OPEN);
    assertThat(transitions)
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.name()).isEqualTo(UPSTREAM);
              assertThat(t.from()).isEqualTo(BreakerState.CLOSED);
              assertThat(t.to()).isEqualTo(BreakerState.OPEN);
              assertThat(t.at()).isEqualTo(clock.instant());
              assertThat(t.reason())
                  .contains("failure rate 100% reached the 50% threshold")
                  .contains("TRANSIENT_NETWORK");
            });

    AtomicInteger called = new AtomicInteger();
    CompletableFuture<String> rejected =
        r.execute(
            ResilientCall.to(UPSTREAM),
            () -> {
              called.incrementAndGet();
              return CompletableFuture.completedFuture("x");
            });
    assertThatThrownBy(() -> rejected.get(5, TimeUnit.SECONDS))
        .cause()
        .isInstanceOf(CallNotPermittedException.class);
    assertThat(called).hasValue(0);
  }

  @Test
  void authenticationFailuresNeverOpenTheBreaker() {
    Resilience r = resilience();
    for (int i = 0; i < 10; i++) {
      fail(r, new WsusHttpException("GetSubscription", "wsus01", 401));
    }
    assertThat(r.breakerStates()).containsEntry(UPSTREAM, BreakerState.CLOSED);
    assertThat(transitions).isEmpty();
  }

  @Test
  void halfOpenProbeClosesOnSuccessAndReopensOnFailure() throws Exception {
    Resilience r = resilience();
    for (int i = 0; i < 4; i++) {
      fail(r, timeout());
    }
    clock.advance(Duration.ofMinutes(16));
    fail(r, timeout()); // the probe fails
    assertThat(transitions)
        .extracting(BreakerTransition::to)
        .containsExactly(BreakerState.OPEN, BreakerState.HALF_OPEN, BreakerState.OPEN);
    assertThat(transitions.get(1).reason()).contains("wait in open (PT15M) ended");
    assertThat(transitions.get(2).reason()).contains("half-open probe failed");

    clock.advance(Duration.ofMinutes(16));
    assertThat(
            r.execute(ResilientCall.to(UPSTREAM), () -> CompletableFuture.completedFuture("ok"))
                .get(5, TimeUnit.SECONDS))
        .isEqualTo("ok");
    assertThat(transitions)
        .extracting(BreakerTransition::to)
        .endsWith(BreakerState.HALF_OPEN, BreakerState.CLOSED);
    assertThat(transitions.get(transitions.size() - 1).reason()).contains("probe succeeded");
  }

  @Test
  void anOpenBreakerIsRestoredOpenUntilItsOriginalWaitEnds() throws Exception {
    Resilience before = resilience();
    Instant opened = clock.instant();
    for (int i = 0; i < 4; i++) {
      fail(before, timeout());
    }
    assertThat(Files.readString(stateDir.resolve("breakers.json"))).contains("\"OPEN\"");

    clock.advance(Duration.ofMinutes(10)); // restart 10 minutes later: 5 minutes of wait left
    transitions.clear();
    Resilience after = resilience();
    assertThat(after.breakerStates()).containsEntry(UPSTREAM, BreakerState.OPEN);
    assertThat(transitions)
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.reason())
                  .contains("restored after restart")
                  .contains("stays open until " + opened.plus(Duration.ofMinutes(15)));
            });
    CompletableFuture<String> rejected =
        after.execute(ResilientCall.to(UPSTREAM), () -> CompletableFuture.completedFuture("x"));
    assertThatThrownBy(() -> rejected.get(5, TimeUnit.SECONDS))
        .cause()
        .isInstanceOf(CallNotPermittedException.class);

    clock.advance(Duration.ofMinutes(6)); // the original wait is over: the next call probes
    assertThat(
            after
                .execute(ResilientCall.to(UPSTREAM), () -> CompletableFuture.completedFuture("ok"))
                .get(5, TimeUnit.SECONDS))
        .isEqualTo("ok");
    assertThat(after.breakerStates()).containsEntry(UPSTREAM, BreakerState.CLOSED);
  }

  @Test
  void aBreakerWhoseWaitPassedDuringTheRestartProbesFirst() throws Exception {
    Resilience before = resilience();
    for (int i = 0; i < 4; i++) {
      fail(before, timeout());
    }
    clock.advance(Duration.ofHours(2));
    transitions.clear();
    Resilience after = resilience();
    assertThat(transitions.get(0).reason()).contains("the next call is a probe");
    AtomicInteger called = new AtomicInteger();
    fail(after, timeout(), called);
    assertThat(called).hasValue(1);
    assertThat(after.breakerStates()).containsEntry(UPSTREAM, BreakerState.OPEN);
    assertThat(transitions)
        .extracting(BreakerTransition::to)
        .endsWith(BreakerState.HALF_OPEN, BreakerState.OPEN);
  }

  @Test
  void forcedOpenSurvivesARestart() {
    Resilience before = resilience();
    before.forceOpen(Resilience.CATALOG, "operator: catalog maintenance");
    Resilience after = resilience();
    assertThat(after.breakerStates()).containsEntry(Resilience.CATALOG, BreakerState.FORCED_OPEN);
    assertThat(transitions.get(transitions.size() - 1).reason()).contains("catalog maintenance");
    after.release(Resilience.CATALOG, "operator: done");
    assertThat(after.breakerStates()).containsEntry(Resilience.CATALOG, BreakerState.CLOSED);
  }

  @Test
  void aCorruptStateFileIsReportedNotReset() throws IOException {
    Files.writeString(stateDir.resolve("breakers.json"), "{\"upstream:x\": {\"state\": ");
    assertThatThrownBy(() -> new BreakerStateStore(stateDir))
        .isInstanceOf(StateFileException.class)
        .hasMessageContaining("breakers.json");
  }

  @Test
  void breakersAreSharedByName() {
    Resilience r = resilience();
    assertThat(r.breaker(Resilience.server("wsus01"))).isSameAs(r.breaker("server:wsus01"));
    assertThat(r.breaker(UPSTREAM)).isNotSameAs(r.breaker(Resilience.CATALOG));
  }

  private static void fail(Resilience r, Exception error) {
    fail(r, error, new AtomicInteger());
  }

  private static void fail(Resilience r, Exception error, AtomicInteger called) {
    CompletableFuture<String> f =
        r.execute(
            ResilientCall.to(UPSTREAM),
            () -> {
              called.incrementAndGet();
              return CompletableFuture.failedFuture(error);
            });
    assertThatThrownBy(() -> f.get(5, TimeUnit.SECONDS)).isNotNull();
  }

  private static WsusNetworkException timeout() {
    return new WsusNetworkException(
        "GetSubscription", "wsus01", WsusNetworkException.Kind.TIMEOUT, null, null);
  }
}
