package io.jenkins.plugins.wsus.core.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.wsus.core.model.SynchronizationResult;
import io.jenkins.plugins.wsus.core.resilience.BreakerState;
import io.jenkins.plugins.wsus.core.resilience.ErrorClass;
import io.jenkins.plugins.wsus.core.state.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@Timeout(30)
class GateTest {
  static final Instant NOW = HealthEvaluatorTest.NOW;
  static final HealthEvaluator HEALTH =
      new HealthEvaluator(HealthThresholds.defaults(), HealthEvaluatorTest.CALENDAR);
  static final GatePolicy STRICT = GatePolicy.defaults();
  static final GatePolicy LENIENT = new GatePolicy(Duration.ofHours(48), false, true, false);

  @TempDir Path dir;
  final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
  final MutableClock clock = new MutableClock(NOW);

  @AfterEach
  void stop() {
    scheduler.shutdownNow();
  }

  static ServerHealth health(
      Instant lastSuccess,
      ErrorClass error,
      int failures,
      Map<String, BreakerState> breakers,
      String quarantine) {
    return HEALTH.evaluate(
        new HealthInputs(
            "wsus01",
            lastSuccess,
            SynchronizationResult.SUCCEEDED,
            error,
            error == null ? null : "reason",
            failures,
            breakers,
            quarantine),
        NOW);
  }

  static Stream<Arguments> cases() {
    Instant fresh = NOW.minus(Duration.ofHours(2));
    Instant beforeRelease = Instant.parse("2025-07-08T12:00:00Z");
    return Stream.of(
        Arguments.of(
            "healthy",
            STRICT,
            health(fresh, null, 0, Map.of(), null),
            GateResult.Decision.PASS,
            "verdict HEALTHY"),
        Arguments.of("no snapshot", STRICT, null, GateResult.Decision.WAIT, "no health snapshot"),
        Arguments.of(
            "too old",
            STRICT,
            health(NOW.minus(Duration.ofHours(30)), null, 0, Map.of(), null),
            GateResult.Decision.WAIT,
            "more than the allowed 26 h"),
        Arguments.of(
            "before release",
            STRICT,
            health(beforeRelease, null, 0, Map.of(), null),
            GateResult.Decision.WAIT,
            "no successful sync since the latest Patch Tuesday release"),
        Arguments.of(
            "before release, lenient",
            LENIENT,
            health(beforeRelease, null, 0, Map.of(), null),
            GateResult.Decision.PASS,
            "verdict DEGRADED"),
        Arguments.of(
            "breaker open",
            STRICT,
            health(fresh, null, 0, Map.of("upstream:Microsoft Update", BreakerState.OPEN), null),
            GateResult.Decision.WAIT,
            "circuit breaker upstream:Microsoft Update is OPEN"),
        Arguments.of(
            "breaker open, lenient",
            LENIENT,
            health(fresh, null, 0, Map.of("upstream:Microsoft Update", BreakerState.OPEN), null),
            GateResult.Decision.PASS,
            "verdict DEGRADED"),
        Arguments.of(
            "quarantine",
            STRICT,
            health(fresh, null, 0, Map.of(), "classification Updates"),
            GateResult.Decision.WAIT,
            "DEGRADED and the policy does not allow it"),
        Arguments.of(
            "quarantine, degraded allowed",
            LENIENT,
            health(fresh, null, 0, Map.of(), "classification Updates"),
            GateResult.Decision.PASS,
            "verdict DEGRADED"),
        Arguments.of(
            "never synced",
            LENIENT,
            health(null, null, 0, Map.of(), null),
            GateResult.Decision.WAIT,
            "never synchronized"),
        Arguments.of(
            "authentication",
            LENIENT,
            health(fresh, ErrorClass.AUTHENTICATION, 1, Map.of(), null),
            GateResult.Decision.FAIL,
            "waiting will not fix it"),
        Arguments.of(
            "configuration",
            STRICT,
            health(fresh, ErrorClass.CONFIGURATION, 2, Map.of(), null),
            GateResult.Decision.FAIL,
            "CONFIGURATION"),
        Arguments.of(
            "transient failures",
            STRICT,
            health(fresh, ErrorClass.TRANSIENT_NETWORK, 2, Map.of(), null),
            GateResult.Decision.WAIT,
            "DEGRADED"));
  }

  @ParameterizedTest(name = "{0} -> {3}")
  @MethodSource("cases")
  void decides(
      String name,
      GatePolicy policy,
      ServerHealth health,
      GateResult.Decision expected,
      String reason) {
    GateResult r = new GateEvaluator().evaluate(policy, health, NOW);
    assertThat(r.decision()).isEqualTo(expected);
    assertThat(r.reasons()).anySatisfy(x -> assertThat(x).contains(reason));
    assertThat(r.timedOut()).isFalse();
  }

  @Test
  void healthIsPersistedAndReadBack() {
    HealthStore store = new HealthStore(dir);
    ServerHealth h =
        health(
            NOW.minus(Duration.ofHours(2)),
            ErrorClass.TRANSIENT_NETWORK,
            1,
            Map.of("server:wsus01", BreakerState.CLOSED),
            "classification Updates");
    store.save(h);
    assertThat(new HealthStore(dir).load("wsus01")).contains(h);
    assertThat(new HealthStore(dir).load("wsus02")).isEmpty();
  }

  @Test
  void waiterPassesWhenAHealthChangeArrives() throws Exception {
    HealthStore store = new HealthStore(dir);
    store.save(health(NOW.minus(Duration.ofHours(30)), null, 0, Map.of(), null));
    GateWaiter waiter = new GateWaiter(store, new GateEvaluator(), scheduler, clock);

    CompletableFuture<GateResult> waiting = waiter.await("wsus01", STRICT, Duration.ofHours(2));
    assertThat(waiting).isNotDone();
    store.save(health(NOW.minus(Duration.ofHours(40)), null, 0, Map.of(), null)); // still too old
    store.save(
        HEALTH.evaluate(
            new HealthInputs(
                "wsus02", NOW, SynchronizationResult.SUCCEEDED, null, null, 0, Map.of(), null),
            NOW)); // another server
    assertThat(waiting).isNotDone();

    store.save(health(NOW.minus(Duration.ofMinutes(5)), null, 0, Map.of(), null));
    GateResult result = waiting.get(5, TimeUnit.SECONDS);
    assertThat(result.decision()).isEqualTo(GateResult.Decision.PASS);
    assertThat(result.timedOut()).isFalse();
  }

  @Test
  void waiterPassesAtOnceWhenAlreadyPassing() throws Exception {
    HealthStore store = new HealthStore(dir);
    store.save(health(NOW.minus(Duration.ofHours(1)), null, 0, Map.of(), null));
    GateResult result =
        new GateWaiter(store, new GateEvaluator(), scheduler, clock)
            .await("wsus01", STRICT, Duration.ofHours(2))
            .get(5, TimeUnit.SECONDS);
    assertThat(result.decision()).isEqualTo(GateResult.Decision.PASS);
  }

  @Test
  void waiterStopsAtOnceOnFail() throws Exception {
    HealthStore store = new HealthStore(dir);
    GateWaiter waiter = new GateWaiter(store, new GateEvaluator(), scheduler, clock);
    CompletableFuture<GateResult> waiting = waiter.await("wsus01", STRICT, Duration.ofHours(2));
    store.save(
        health(NOW.minus(Duration.ofHours(1)), ErrorClass.AUTHENTICATION, 1, Map.of(), null));
    assertThat(waiting.get(5, TimeUnit.SECONDS).decision()).isEqualTo(GateResult.Decision.FAIL);
  }

  @Test
  void waiterTimesOutOnTheScheduledDeadline() throws Exception {
    HealthStore store = new HealthStore(dir);
    store.save(health(NOW.minus(Duration.ofHours(30)), null, 0, Map.of(), null));
    GateResult result =
        new GateWaiter(store, new GateEvaluator(), scheduler, clock)
            .await("wsus01", STRICT, Duration.ofMillis(50))
            .get(10, TimeUnit.SECONDS);
    assertThat(result.decision()).isEqualTo(GateResult.Decision.FAIL);
    assertThat(result.timedOut()).isTrue();
    assertThat(result.reasons()).first().asString().contains("gave up after waiting PT0.05S");
    assertThat(result.reasons())
        .anySatisfy(r -> assertThat(r).contains("more than the allowed 26 h"));
  }

  @Test
  void cancellingTheWaitUnsubscribes() throws Exception {
    HealthStore store = new HealthStore(dir);
    CompletableFuture<GateResult> waiting =
        new GateWaiter(store, new GateEvaluator(), scheduler, clock)
            .await("wsus01", STRICT, Duration.ofHours(1));
    waiting.cancel(false);
    store.save(health(NOW.minus(Duration.ofMinutes(5)), null, 0, Map.of(), null));
    assertThat(waiting).isCancelled();
  }
}
