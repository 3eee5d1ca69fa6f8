package io.jenkins.plugins.wsus.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.wsus.core.calendar.PatchWindowSpec;
import io.jenkins.plugins.wsus.core.calendar.PatchWindowSpecException;
import io.jenkins.plugins.wsus.core.calendar.RingPlan;
import io.jenkins.plugins.wsus.form.Check;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@code doCheckWindow} (trigger) and {@code doCheckSpec} (step) show: the calendar's own
 * message for a bad window or plan, and a preview of the next three windows for a good one.
 */
class WindowChecksTest {
  private static final Instant JULY = Instant.parse("2025-07-01T00:00:00Z");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "PT+7d 25:00-04:00 Europe/Berlin",
        "PT+7d 22:00-04:00 Mars/Olympus",
        "PT+99d 22:00-04:00 UTC",
        "PT+7d 22:00-04:00",
        "7d 22:00-04:00 UTC",
        "PT+7d 22:00-04:00 UTC except 2025-02-30"
      })
  void aBadSpecShowsTheCalendarsExactMessage(String spec) {
    String expected = messageOf(() -> PatchWindowSpec.parse(spec));
    Check check = WindowChecks.window(spec, "", JULY);
    assertThat(check.level()).isEqualTo(Check.Level.ERROR);
    assertThat(check.message()).isEqualTo(expected).contains("position");
  }

  @Test
  void aBadRingPlanNamesTheLine() {
    String plan = "window PT+1d 22:00-04:00 Europe/Berlin\nring pilot +0d soak 2d\n";
    Check check = WindowChecks.window(plan, "", JULY);
    assertThat(check.isError()).isTrue();
    assertThat(check.message())
        .isEqualTo(messageOf(() -> RingPlan.parse(plan)))
        .startsWith("line 2: ");
  }

  @Test
  void aPlanWhoseRingsBreakTheSoakGateSaysWhen() {
    String plan =
        "window PT+1d 22:00-04:00 Europe/Berlin\n"
            + "ring pilot +0d soak 2d group P\n"
            + "ring broad prev+1d soak 0 group B";
    assertThat(WindowChecks.window(plan, "", JULY).message())
        .contains("line 3", "before ring 'pilot' has ended");
  }

  @Test
  void aMissingWindowSaysWhatToWrite() {
    Check check = WindowChecks.window("  ", "", JULY);
    assertThat(check.isError()).isTrue();
    assertThat(check.message()).contains("PT+7d 22:00-04:00 Europe/Berlin", "ring plan");
  }

  @Test
  void aGoodSpecPreviewsTheNextThreeWindows() {
    Check check = WindowChecks.window(Plans.ONE, "", JULY);
    assertThat(check.level()).isEqualTo(Check.Level.OK);
    assertThat(check.message())
        .isEqualTo(
            "Next windows: "
                + "ring 'all' (group 'All Computers'), release 2025-07:"
                + " Tue 2025-07-15 22:00 CEST to Wed 2025-07-16 04:00 CEST; "
                + "ring 'all' (group 'All Computers'), release 2025-08:"
                + " Tue 2025-08-19 22:00 CEST to Wed 2025-08-20 04:00 CEST; "
                + "ring 'all' (group 'All Computers'), release 2025-09:"
                + " Tue 2025-09-16 22:00 CEST to Wed 2025-09-17 04:00 CEST");
  }

  @Test
  void aRingPlanPreviewsEveryRingOrTheSelectedOne() {
    assertThat(WindowChecks.window(Plans.RINGS, "", JULY).message())
        .contains("ring 'pilot'", "ring 'broad'", "Wed 2025-07-09 22:00 CEST");
    assertThat(WindowChecks.window(Plans.RINGS.replace("\n", "\r\n"), "broad", JULY).message())
        .doesNotContain("ring 'pilot'")
        .contains("Sat 2025-07-12 22:00 CEST", "Sat 2025-08-16 22:00 CEST");
  }

  @Test
  void theRingFieldMustNameARingOfThePlan() {
    assertThat(WindowChecks.ring("", Plans.RINGS)).isEqualTo(Check.ok());
    assertThat(WindowChecks.ring("Pilot", Plans.RINGS)).isEqualTo(Check.ok());
    assertThat(WindowChecks.ring("canary", Plans.RINGS).message())
        .isEqualTo("no ring named 'canary' in [pilot, broad]");
    assertThat(WindowChecks.ring("broad", Plans.ONE).message()).contains("[all]");
  }

  @Test
  void catchUpAndWhenClosedChecks() {
    assertThat(WindowChecks.catchUp("")).isEqualTo(Check.ok());
    assertThat(WindowChecks.catchUp("2h")).isEqualTo(Check.ok());
    assertThat(WindowChecks.catchUp("8d").message()).contains("between 0 and 7d");
    assertThat(WindowChecks.catchUp("soon").isError()).isTrue();
    assertThat(WindowChecks.whenClosed("Skip")).isEqualTo(Check.ok());
    assertThat(WindowChecks.whenClosed("later").message())
        .isEqualTo("whenClosed must be 'wait', 'skip' or 'fail', was 'later'");
  }

  @Test
  void aSingleSpecAndAPlanAreToldApart() {
    assertThat(WindowPlans.parse(Plans.ONE).ringNames()).containsExactly(RingPlan.DEFAULT_RING);
    assertThat(WindowPlans.parse("\n# comment\n" + Plans.RINGS).ringNames())
        .containsExactly("pilot", "broad");
    assertThatThrownBy(() -> WindowPlans.parse(Plans.ONE + "\nring x +0d soak 0 group G"))
        .isInstanceOf(PatchWindowSpecException.class);
  }

  private static String messageOf(Runnable parse) {
    try {
      parse.run();
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
    throw new AssertionError("expected a parse error");
  }
}
