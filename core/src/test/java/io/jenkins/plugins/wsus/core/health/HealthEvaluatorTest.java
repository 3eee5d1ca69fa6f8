package io.jenkins.plugins.wsus.core.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.wsus.core.model.SynchronizationResult;
import io.jenkins.plugins.wsus.core.resilience.BreakerState;
import io.jenkins.plugins.wsus.core.resilience.ErrorClass;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HealthEvaluatorTest {
  /** Wednesday after the July 2025 Patch Tuesday (8 July, release 10:00 Pacific = 17:00 UTC). */
  static final Instant NOW = Instant.parse("2025-07-10T12:00:00Z");

  static final Instant RELEASE = Instant.parse("2025-07-08T17:00:00Z");
  static final Function<Instant, Instant> CALENDAR = now -> RELEASE;

  static Stream<Arguments> cases() {
    Instant fresh = NOW.minus(Duration.ofHours(3));
    return Stream.of(
        Arguments.of("all good", ok(fresh), Verdict.HEALTHY, "no failures"),
        Arguments.of(
            "never synced", ok(null), Verdict.UNHEALTHY, "never synchronized successfully"),
        Arguments.of(
            "older than 72 h",
            ok(NOW.minus(Duration.ofDays(4))),
            Verdict.UNHEALTHY,
            "4 d ago (unhealthy after 3 d)"),
        Arguments.of(
            "older than 26 h",
            ok(NOW.minus(Duration.ofHours(30))),
            Verdict.DEGRADED,
            "30 h ago (degraded after 26 h)"),
        Arguments.of(
            "own breaker open",
            new HealthInputs(
                "wsus01",
                fresh,
                SynchronizationResult.SUCCEEDED,
                null,
                null,
                0,
                Map.of("server:wsus01", BreakerState.OPEN),
                null),
            Verdict.UNHEALTHY,
            "circuit breaker server:wsus01 is OPEN: the server's API is unreachable"),
        Arguments.of(
            "upstream breaker open",
            new HealthInputs(
                "wsus01",
                fresh,
                SynchronizationResult.SUCCEEDED,
                null,
                null,
                0,
                Map.of(
                    "upstream:Microsoft Update",
                    BreakerState.OPEN,
                    "server:wsus01",
                    BreakerState.CLOSED),
                null),
            Verdict.DEGRADED,
            "circuit breaker upstream:Microsoft Update is OPEN"),
        Arguments.of(
            "failing with timeouts",
            new HealthInputs(
                "wsus01",
                fresh,
                SynchronizationResult.FAILED,
                ErrorClass.TRANSIENT_NETWORK,
                "the upstream did not answer in time",
                2,
                Map.of(),
                null),
            Verdict.DEGRADED,
            "2 consecutive failed sync(s), last: TRANSIENT_NETWORK (the upstream did not answer in time)"),
        Arguments.of(
            "failing authentication",
            new HealthInputs(
                "wsus01",
                fresh,
                SynchronizationResult.FAILED,
                ErrorClass.AUTHENTICATION,
                "HTTP 401",
                1,
                Map.of(),
                null),
            Verdict.UNHEALTHY,
            "needs an administrator"),
        Arguments.of(
            "quarantine",
            new HealthInputs(
                "wsus01",
                fresh,
                SynchronizationResult.SUCCEEDED,
                null,
                null,
                0,
                Map.of(),
                "classification Updates"),
            Verdict.DEGRADED,
            "quarantine in effect: classification Updates"),
        Arguments.of(
            "not synced since Patch Tuesday",
            ok(RELEASE.minus(Duration.ofHours(1)).plus(Duration.ZERO)),
            Verdict.DEGRADED,
            "no successful sync since the latest Patch Tuesday release at 2025-07-08T17:00:00Z"));
  }

  static HealthInputs ok(Instant lastSuccess) {
    return new HealthInputs(
        "wsus01",
        lastSuccess,
        lastSuccess == null ? SynchronizationResult.NEVER_RUN : SynchronizationResult.SUCCEEDED,
        null,
        null,
        0,
        Map.of(),
        null);
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @MethodSource("cases")
  void judges(String name, HealthInputs in, Verdict expected, String reason) {
    ServerHealth h = new HealthEvaluator(HealthThresholds.defaults(), CALENDAR).evaluate(in, NOW);
    assertThat(h.verdict()).isEqualTo(expected);
    assertThat(h.reasons()).anySatisfy(r -> assertThat(r).contains(reason));
    assertThat(h.evaluatedAt()).isEqualTo(NOW);
  }

  @Test
  void worstReasonsComeFirstAndAllAreListed() {
    HealthInputs in =
        new HealthInputs(
            "wsus01",
            NOW.minus(Duration.ofHours(30)),
            SynchronizationResult.FAILED,
            ErrorClass.CONFIGURATION,
            "TLS",
            3,
            Map.of("upstream:Microsoft Update", BreakerState.HALF_OPEN),
            "classification Updates");
    ServerHealth h = new HealthEvaluator(HealthThresholds.defaults(), CALENDAR).evaluate(in, NOW);
    assertThat(h.verdict()).isEqualTo(Verdict.UNHEALTHY);
    assertThat(h.reasons()).hasSize(4);
    assertThat(h.reasons().get(0)).contains("needs an administrator");
    assertThat(h.quarantineInEffect()).isTrue();
  }

  @Test
  void withoutACalendarTheReleaseRuleIsSkipped() {
    ServerHealth h =
        new HealthEvaluator(HealthThresholds.defaults(), null)
            .evaluate(ok(RELEASE.minus(Duration.ofHours(1))), NOW);
    assertThat(h.verdict()).isEqualTo(Verdict.DEGRADED); // 44 h old, but no release rule
    assertThat(h.syncedSinceLatestRelease()).isTrue();
    assertThat(h.latestReleaseAt()).isNull();
  }
}
