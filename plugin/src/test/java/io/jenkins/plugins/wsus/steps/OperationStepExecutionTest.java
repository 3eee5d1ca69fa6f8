package io.jenkins.plugins.wsus.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.wsus.fakes.FakeServices;
import io.jenkins.plugins.wsus.fakes.FakeStepContext;
import io.jenkins.plugins.wsus.ops.GateRequest;
import io.jenkins.plugins.wsus.ops.HealthRequest;
import io.jenkins.plugins.wsus.ops.OperationRequest;
import io.jenkins.plugins.wsus.ops.SyncRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The Pipeline execution never blocks: start returns false, the engine's future completes the step
 * (success, failure, closed gate), stop cancels the operation, and a saved execution re-attaches to
 * its operation after a restart.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class OperationStepExecutionTest {
  private final FakeServices services = new FakeServices();
  private final FakeStepContext context = new FakeStepContext();

  private static final SyncRequest SYNC =
      new SyncRequest("wsus-hq", Duration.ofHours(6), true, false, List.of(), false);

  private OperationStepExecution execution(OperationRequest request) {
    return new OperationStepExecution(context, request, services);
  }

  @Test
  void startReturnsAtOnceAndTheFutureCompletesTheStepWithAPlainMap() throws Exception {
    OperationStepExecution execution = execution(SYNC);

    assertThat(execution.start()).as("asynchronous").isFalse();
    assertThat(context.outcome()).isNotDone();
    assertThat(services.runner.started).containsExactly(SYNC);
    assertThat(execution.getStatus()).contains("wsusSync", "wsus-hq", "op-1");

    Map<String, Object> result = new LinkedHashMap<>();
    result.put("outcome", "SUCCEEDED");
    result.put("path", "upstream");
    result.put("start", Instant.parse("2025-07-10T08:00:00Z"));
    result.put("attempts", 2);
    result.put("quarantinedClassifications", List.of());
    services.runner.next.complete(result);

    @SuppressWarnings("unchecked")
    Map<String, Object> value = (Map<String, Object>) context.outcome().get();
    assertThat(value)
        .containsEntry("outcome", "SUCCEEDED")
        .containsEntry("path", "upstream")
        .containsEntry("start", "2025-07-10T08:00:00Z")
        .containsEntry("attempts", 2);
    assertThat(context.listener().text()).contains("wsusSync: starting on WSUS server 'wsus-hq'");
  }

  @Test
  void anEngineFailureFailsTheStepWithItsOwnMessage() throws Exception {
    execution(SYNC).start();
    services.runner.next.completeExceptionally(
        new IllegalStateException("upstream unavailable after 4 attempts"));

    assertThatThrownBy(() -> context.outcome().get())
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("upstream unavailable after 4 attempts");
  }

  @Test
  void aClosedGateFailsTheStageWithItsReasons() throws Exception {
    GateRequest gate =
        new GateRequest("wsus-hq", Duration.ofHours(24), true, false, Duration.ofHours(2));
    execution(gate).start();
    services.runner.next.complete(
        Map.of("passed", false, "reasons", List.of("last sync 30h ago", "breaker open")));

    assertThatThrownBy(() -> context.outcome().get())
        .cause()
        .isInstanceOf(OperationFailedException.class)
        .hasMessage("WSUS gate for server 'wsus-hq' is closed: last sync 30h ago; breaker open");
  }

  @Test
  void anOpenGateReturnsItsMap() throws Exception {
    GateRequest gate = new GateRequest("wsus-hq", Duration.ofHours(24), true, false, Duration.ZERO);
    execution(gate).start();
    services.runner.next.complete(Map.of("passed", true, "verdict", "healthy"));

    assertThat(context.outcome().get()).isEqualTo(Map.of("passed", true, "verdict", "healthy"));
  }

  @Test
  void stopCancelsTheOperationAndCompletesTheStepOnce() throws Exception {
    OperationStepExecution execution = execution(SYNC);
    execution.start();
    InterruptedException abort = new InterruptedException("aborted by user");

    execution.stop(abort);
    services.runner.next.complete(Map.of("outcome", "SUCCEEDED"));

    assertThat(services.runner.cancelled).containsExactly("op-1");
    assertThatThrownBy(() -> context.outcome().get()).cause().isSameAs(abort);
    assertThat(context.completions()).isEqualTo(1);
  }

  @Test
  void anUnknownServerFailsTheStepBeforeAnythingStarts() {
    OperationStepExecution execution = execution(new HealthRequest("nowhere", true));

    assertThatThrownBy(execution::start).hasMessageContaining("no WSUS server named 'nowhere'");
    assertThat(services.runner.started).isEmpty();
  }

  @Test
  void afterARestartTheSavedExecutionReattachesByOperationId() throws Exception {
    OperationStepExecution execution = execution(SYNC);
    execution.start();

    byte[] saved = serialize(execution);
    assertThat(new String(saved, StandardCharsets.ISO_8859_1))
        .as("the saved step holds no password")
        .doesNotContain(FakeServices.PASSWORD);

    FakeServices afterRestart = new FakeServices();
    FakeStepContext resumedContext;
    OperationStepExecution resumed = (OperationStepExecution) deserialize(saved);
    resumed.useServices(afterRestart);
    assertThat(resumed.operationId()).isEqualTo("op-1");
    resumedContext = contextOf(resumed);

    resumed.onResume();
    assertThat(afterRestart.runner.reattached).containsExactly("op-1");
    assertThat(afterRestart.runner.started).as("not started twice").isEmpty();

    afterRestart.runner.next.complete(Map.of("outcome", "SUCCEEDED"));
    assertThat(resumedContext.outcome().get()).isEqualTo(Map.of("outcome", "SUCCEEDED"));
  }

  @Test
  void aStepThatHadNotStartedBeforeTheRestartFailsClearly() throws Exception {
    OperationStepExecution execution = execution(SYNC);
    OperationStepExecution resumed = (OperationStepExecution) deserialize(serialize(execution));
    resumed.useServices(services);
    FakeStepContext resumedContext = contextOf(resumed);

    resumed.onResume();

    assertThatThrownBy(() -> resumedContext.outcome().get())
        .cause()
        .hasMessageContaining("had not started when Jenkins restarted");
  }

  private static FakeStepContext contextOf(OperationStepExecution execution) throws Exception {
    var field = OperationStepExecution.class.getDeclaredField("context");
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
