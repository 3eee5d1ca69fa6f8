package io.jenkins.plugins.wsus.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Policy validation names the field; polling grows to its cap; requests fill their defaults. */
class SyncPolicyTest {

  @Test
  void invalidFieldsAreNamed() {
    assertThatThrownBy(() -> SyncPolicy.builder().stallTimeout(Duration.ZERO).build())
        .hasMessageContaining("stallTimeout");
    assertThatThrownBy(
            () ->
                SyncPolicy.builder()
                    .polling(Duration.ofSeconds(10), 1.5, Duration.ofSeconds(1))
                    .build())
        .hasMessageContaining("pollCap");
    assertThatThrownBy(
            () ->
                SyncPolicy.builder()
                    .polling(Duration.ofSeconds(1), 0.5, Duration.ofSeconds(1))
                    .build())
        .hasMessageContaining("pollMultiplier");
    assertThatThrownBy(
            () ->
                SyncPolicy.builder()
                    .fallbackOrder(List.of(FallbackKind.DEGRADED_SYNC, FallbackKind.DEGRADED_SYNC))
                    .build())
        .hasMessageContaining("twice");
  }

  @Test
  void pollingStartsFastAndBacksOffToTheCap() {
    AdaptiveInterval interval =
        new AdaptiveInterval(
            SyncPolicy.builder()
                .polling(Duration.ofSeconds(1), 1.5, Duration.ofSeconds(30))
                .build());
    List<Long> waits = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      waits.add(interval.next().toMillis());
    }
    assertThat(waits.subList(0, 4)).containsExactly(1000L, 1500L, 2250L, 3375L);
    assertThat(waits).isSorted();
    assertThat(waits.get(11)).isEqualTo(30_000L);
  }

  @Test
  void requestsGetARunIdAndDefaults() {
    SyncRequest r = SyncRequest.of("wsus01", SyncPolicy.defaults(), null);
    assertThat(r.runId()).isNotBlank();
    assertThat(r.upstreamLabel()).isEqualTo(SyncRequest.DEFAULT_UPSTREAM);
    assertThat(r.requestedBy()).isEqualTo("unknown");
    assertThatThrownBy(() -> SyncRequest.of(" ", SyncPolicy.defaults(), "x"))
        .hasMessageContaining("server");
    assertThat(SyncPolicy.defaults().allows(FallbackKind.DEGRADED_SYNC)).isTrue();
    assertThat(
            SyncPolicy.builder()
                .degradedSyncEnabled(false)
                .build()
                .allows(FallbackKind.DEGRADED_SYNC))
        .isFalse();
  }
}
