package io.jenkins.plugins.wsus.core.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ResilienceSettingsTest {

  @Test
  void defaultsAreValidAndDocumented() {
    ResilienceSettings s = ResilienceSettings.defaults();
    assertThat(s.retryMaxAttempts()).isEqualTo(4);
    assertThat(s.retryInitialBackoff()).isEqualTo(Duration.ofSeconds(30));
    assertThat(s.retryMaxTotalTime()).isEqualTo(Duration.ofMinutes(45));
    assertThat(s.breakerWaitInOpen()).isEqualTo(Duration.ofMinutes(15));
    assertThat(s.breakerPermittedCallsInHalfOpen()).isEqualTo(1);
    assertThat(s.toBuilder().build().toString()).isEqualTo(s.toString());
  }

  @Test
  void namesEveryBadFieldAndValue() {
    ResilienceSettings.Builder b =
        ResilienceSettings.builder()
            .retryMaxAttempts(0)
            .retryInitialBackoff(Duration.ofSeconds(-1))
            .retryMultiplier(0.5)
            .retryRandomizationFactor(1.5)
            .retryMaxTotalTime(null)
            .breakerFailureRateThreshold(120f)
            .breakerWindowSize(0)
            .breakerMinimumCalls(-3)
            .breakerWaitInOpen(Duration.ZERO)
            .breakerPermittedCallsInHalfOpen(0)
            .callTimeout(Duration.ofNanos(5))
            .bulkheadMaxConcurrentCalls(0);
    assertThatThrownBy(b::build)
        .isInstanceOfSatisfying(
            SettingsException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        "retryMaxAttempts must be at least 1 (was 0)",
                        "retryInitialBackoff must be at least 1 ms (was PT-1S)",
                        "retryMultiplier must be a number of at least 1.0 (was 0.5)",
                        "retryRandomizationFactor must be at least 0 and below 1 (was 1.5)",
                        "retryMaxTotalTime must be set (was null)",
                        "breakerFailureRateThreshold must be above 0 and at most 100 percent (was"
                            + " 120.0)",
                        "breakerWindowSize must be at least 1 (was 0)",
                        "breakerMinimumCalls must be at least 1 (was -3)",
                        "breakerWaitInOpen must be at least 1 ms (was PT0S)",
                        "breakerPermittedCallsInHalfOpen must be at least 1 (was 0)",
                        "callTimeout must be at least 1 ms (was PT0.000000005S)",
                        "bulkheadMaxConcurrentCalls must be at least 1 (was 0)"))
        .hasMessageStartingWith("invalid resilience settings: retryMaxAttempts");
  }

  @Test
  void maxBackoffMustNotBeShorterThanInitial() {
    assertThatThrownBy(
            () ->
                ResilienceSettings.builder()
                    .retryInitialBackoff(Duration.ofMinutes(5))
                    .retryMaxBackoff(Duration.ofMinutes(1))
                    .validate())
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("retryMaxBackoff must not be shorter than retryInitialBackoff (PT5M)")
        .hasMessageContaining("(was PT1M)");
  }

  @Test
  void rejectsNaNMultiplier() {
    assertThat(ResilienceSettings.builder().retryMultiplier(Double.NaN).problems())
        .containsExactly("retryMultiplier must be a number of at least 1.0 (was NaN)");
  }
}
