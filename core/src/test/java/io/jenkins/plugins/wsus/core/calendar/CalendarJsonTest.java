package io.jenkins.plugins.wsus.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The value types survive a JSON round trip with a plain Jackson mapper and the JSR-310 module. */
class CalendarJsonTest {

  static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
          .build();

  @Test
  void specRingPlanWindowAndReleaseRoundTrip() throws Exception {
    RingPlan plan =
        RingPlanTest.threeRings(
            PatchWindowSpec.parse("PT-1d 20:00+6h America/New_York except 2025-12-24..2025-12-26"));
    assertThat(JSON.readValue(JSON.writeValueAsString(plan), RingPlan.class)).isEqualTo(plan);

    PatchWindowSpec wall = PatchWindowSpec.parse("PT+7d 22:00-04:00 Europe/Berlin");
    String text = JSON.writeValueAsString(wall);
    assertThat(text).contains("\"endTime\":\"04:00:00\"").contains("\"zone\":\"Europe/Berlin\"");
    assertThat(JSON.readValue(text, PatchWindowSpec.class)).isEqualTo(wall);

    PatchWindow window = PatchCalendar.of(plan).windowsFor(YearMonth.of(2025, 7)).get(0);
    assertThat(JSON.readValue(JSON.writeValueAsString(window), PatchWindow.class))
        .isEqualTo(window);

    PatchRelease release =
        PatchTuesday.MICROSOFT.latestReleaseAtOrBefore(Instant.parse("2025-07-20T00:00:00Z"));
    assertThat(JSON.readValue(JSON.writeValueAsString(release), PatchRelease.class))
        .isEqualTo(release);
    assertThat(JSON.readValue(JSON.writeValueAsString(PatchTuesday.MICROSOFT), PatchTuesday.class))
        .isEqualTo(PatchTuesday.MICROSOFT);
  }

  @Test
  void invalidJsonIsValidatedLikeCode() {
    String bad =
        "{\"offsetDays\":7,\"start\":\"22:00\",\"endTime\":\"22:00\",\"zone\":\"UTC\",\"blackoutDates\":[]}";
    assertThatThrownBy(() -> JSON.readValue(bad, PatchWindowSpec.class))
        .hasRootCauseInstanceOf(IllegalArgumentException.class)
        .hasStackTraceContaining("end equals start");
  }
}
