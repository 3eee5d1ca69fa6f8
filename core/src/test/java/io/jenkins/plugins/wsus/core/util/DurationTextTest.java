package io.jenkins.plugins.wsus.core.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationTextTest {
  @Test
  void readsTheFormsAdminsType() {
    assertThat(DurationText.parse("30s")).isEqualTo(Duration.ofSeconds(30));
    assertThat(DurationText.parse("2h")).isEqualTo(Duration.ofHours(2));
    assertThat(DurationText.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
    assertThat(DurationText.parse("3d")).isEqualTo(Duration.ofDays(3));
    assertThat(DurationText.parse("0")).isEqualTo(Duration.ZERO);
    assertThat(DurationText.parse("PT24H")).isEqualTo(Duration.ofHours(24));
    assertThat(DurationText.parse(" 24H ")).isEqualTo(Duration.ofHours(24));
  }

  @Test
  void nonsenseIsNamedWithTheAcceptedForms() {
    assertThatThrownBy(() -> DurationText.parse("soon")).hasMessageContaining("soon");
    assertThatThrownBy(() -> DurationText.parse("2 hours")).hasMessageContaining("2 hours");
    assertThatThrownBy(() -> DurationText.parse("")).hasMessageContaining("required");
  }
}
