package io.jenkins.plugins.wsus.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.wsus.fakes.FakeStepContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code wsusPatchWindow} with a clock moved by hand: open returns at once; closed skips, fails or
 * waits on the timer (no thread held), and a saved waiting execution re-arms after a restart.
 */
@Timeout(30)
class PatchWindowStepExecutionTest {
  /** Pilot: 9 July 20:00Z to 10 July 02:00Z; broad: 12 July 20:00Z to 13 July 02:00Z. */
  private static final Instant PILOT = Instant.parse("2025-07-09T20:00:00Z");

  private static final Instant BROAD = Instant.parse("2025-07-12T20:00:00Z");

  private final FakeStepContext context = new FakeStepContext();

  private PatchWindowStepExecution execution(
      String ring, WhenClosed whenClosed, ManualTimer timer) {
    return new PatchWindowStepExecution(context, Plans.RINGS, ring, whenClosed, timer);
  }

  @Test
  void anOpenWindowReturnsAtOnce() throws Exception {
    ManualTimer timer = new ManualTimer(PILOT.plusSeconds(3600));
    assertThat(execution("pilot", WhenClosed.FAIL, timer).start()).isTrue();

    Map<String, Object> result = map(context.outcome().get());
    assertThat(result)
        .containsEntry("open", true)
        .containsEntry("skipped", false)
        .containsEntry("waited", false);
    assertThat(map(result.get("window")))
        .containsEntry("ring", "pilot")
        .containsEntry("group", "Ring 1 - Pilot")
        .containsEntry("release", "2025-07")
        .containsEntry("start", "2025-07-09T20:00:00Z")
        .containsEntry("end", "2025-07-10T02:00:00Z")
        .containsEntry("zone", "Europe/Berlin");
    assertThat(timer.pending()).isEmpty();
    assertThat(context.listener().text()).contains("open now");
  }

  @Test
  void closedAndSkipReturnsTheNextWindow() throws Exception {
    ManualTimer timer = new ManualTimer(PILOT.plusSeconds(3600));
    assertThat(execution("broad", WhenClosed.SKIP, timer).start()).isTrue();

    Map<String, Object> result = map(context.outcome().get());
    assertThat(result)
        .containsEntry("open", false)
        .containsEntry("skipped", true)
        .containsEntry("waited", false);
    assertThat(map(result.get("window")))
        .containsEntry("ring", "broad")
        .containsEntry("start", "2025-07-12T20:00:00Z");
  }

  @Test
  void closedAndFailNamesTheNextWindow() {
    ManualTimer timer = new ManualTimer(PILOT.minusSeconds(60));
    assertThat(start(execution("", WhenClosed.FAIL, timer))).isTrue();

    assertThatThrownBy(() -> context.outcome().get())
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(PatchWindowClosedException.class)
        .hasMessage(
            "No patch window is open at 2025-07-09T19:59:00Z; the next opens: ring 'pilot'"
                + " (group 'Ring 1 - Pilot'), release 2025-07: Wed 2025-07-09 22:00 CEST to"
                + " Thu 2025-07-10 04:00 CEST");
    assertThat(context.completions()).isEqualTo(1);
  }

  @Test
  void closedAndWaitCompletesWhenTheTimerFiresAtTheWindowStart() throws Exception {
    ManualTimer timer = new ManualTimer(BROAD.minus(Duration.ofHours(3)).minusSeconds(30));
    PatchWindowStepExecution execution = execution("broad", WhenClosed.WAIT, timer);

    assertThat(execution.start()).as("asynchronous: no thread held").isFalse();
    assertThat(context.outcome()).isNotDone();
    assertThat(execution.target()).isEqualTo(BROAD);
    assertThat(execution.getStatus()).contains("broad", "2025-07-12T20:00:00Z");
    // Sleeps at most an hour at a time, then re-reads the clock.
    assertThat(timer.runNext()).contains(BROAD.minus(Duration.ofHours(2)).minusSeconds(30));
    assertThat(context.outcome()).isNotDone();

    assertThat(timer.runAll(10)).isEqualTo(3);
    assertThat(timer.now()).isEqualTo(BROAD);
    Map<String, Object> result = map(context.outcome().get());
    assertThat(result).containsEntry("open", true).containsEntry("waited", true);
    assertThat(map(result.get("window"))).containsEntry("ring", "broad");
    assertThat(context.completions()).isEqualTo(1);
  }

  @Test
  void aSavedWaitingExecutionReArmsOnResume() throws Exception {
    ManualTimer before = new ManualTimer(PILOT.plusSeconds(7 * 3600)); // pilot over
    PatchWindowStepExecution execution = execution("broad", WhenClosed.WAIT, before);
    execution.start();

    // The controller stops; the saved execution comes back without its timer or scheduled task.
    PatchWindowStepExecution resumed = (PatchWindowStepExecution) deserialize(serialize(execution));
    assertThat(resumed.target()).isEqualTo(BROAD);
    ManualTimer after = new ManualTimer(BROAD.minusSeconds(600));
    resumed.useTimer(after);
    FakeStepContext resumedContext = contextOf(resumed);

    resumed.onResume();
    assertThat(after.pending()).hasSize(1);
    after.runAll(5);

    Map<String, Object> result = map(resumedContext.outcome().get());
    assertThat(result).containsEntry("open", true).containsEntry("waited", true);
    assertThat(resumedContext.completions()).isEqualTo(1);
  }

  @Test
  void resumedAfterTheWindowEndedItWaitsForTheNextOne() throws Exception {
    PatchWindowStepExecution execution =
        execution("broad", WhenClosed.WAIT, new ManualTimer(BROAD.minusSeconds(60)));
    execution.start();
    PatchWindowStepExecution resumed = (PatchWindowStepExecution) deserialize(serialize(execution));
    // The controller was down through the whole July broad window.
    ManualTimer after = new ManualTimer(Instant.parse("2025-07-14T00:00:00Z"));
    resumed.useTimer(after);
    FakeStepContext resumedContext = contextOf(resumed);

    resumed.onResume();
    after.runNext();
    assertThat(resumedContext.outcome()).isNotDone();
    assertThat(resumed.target()).isEqualTo(Instant.parse("2025-08-16T20:00:00Z"));
    assertThat(resumedContext.listener().text()).contains("is over");

    after.runAll(24 * 40);
    Map<String, Object> result = map(resumedContext.outcome().get());
    assertThat(map(result.get("window"))).containsEntry("release", "2025-08");
  }

  @Test
  void stopCancelsTheWakeUpAndFailsOnce() throws Exception {
    ManualTimer timer = new ManualTimer(PILOT.minusSeconds(600));
    PatchWindowStepExecution execution = execution("", WhenClosed.WAIT, timer);
    execution.start();
    InterruptedException abort = new InterruptedException("aborted");

    execution.stop(abort);
    assertThat(timer.pending()).isEmpty();
    assertThatThrownBy(() -> context.outcome().get()).cause().isSameAs(abort);
    assertThat(context.completions()).isEqualTo(1);
  }

  @Test
  void aBadSpecOrRingFailsTheStepWithTheCalendarsMessage() {
    ManualTimer timer = new ManualTimer(PILOT);
    assertThatThrownBy(
            () ->
                new PatchWindowStepExecution(
                        context, "PT+7d 25:00-04:00 UTC", "", WhenClosed.WAIT, timer)
                    .start())
        .hasMessageContaining("25:00");
    assertThatThrownBy(() -> execution("canary", WhenClosed.WAIT, timer).start())
        .hasMessage("no ring named 'canary' in [pilot, broad]");
  }

  @Test
  void theStepBuildsItsExecutionFromItsArguments() {
    PatchWindowStep step = new PatchWindowStep(Plans.RINGS);
    step.setRing("broad");
    step.setWhenClosed("SKIP");
    assertThat(step.start(context)).isInstanceOf(PatchWindowStepExecution.class);
    step.setWhenClosed("later");
    assertThatThrownBy(() -> step.start(context)).hasMessageContaining("'later'");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  private static boolean start(PatchWindowStepExecution execution) {
    try {
      return execution.start();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static FakeStepContext contextOf(PatchWindowStepExecution execution) throws Exception {
    var field = PatchWindowStepExecution.class.getDeclaredField("context");
    field.setAccessible(true);
    return (FakeStepContext) field.get(execution);
  }

  private static byte[] serialize(Object o) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(o);
    }
    return bytes.toByteArray();
  }

  private static Object deserialize(byte[] bytes) throws Exception {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return in.readObject();
    }
  }
}
