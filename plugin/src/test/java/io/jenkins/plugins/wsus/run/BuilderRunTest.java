package io.jenkins.plugins.wsus.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.wsus.fakes.BufferListener;
import io.jenkins.plugins.wsus.fakes.FakeServices;
import io.jenkins.plugins.wsus.ops.GateOperation;
import io.jenkins.plugins.wsus.ops.SyncOperation;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A freestyle build runs the operation, logs its result and fails for the right reasons only. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class BuilderRunTest {
  private final FakeServices services = new FakeServices();
  private final BufferListener listener = new BufferListener();

  @Test
  void aSucceededOperationIsLogged() throws Exception {
    services.runner.next.complete(Map.of("outcome", "SUCCEEDED", "path", "upstream"));
    assertThat(BuilderRun.execute(new SyncOperation("wsus-hq"), null, listener, services))
        .isEmpty();
    assertThat(listener.text())
        .contains("wsusSync: starting on WSUS server 'wsus-hq'")
        .contains("path=upstream");
  }

  @Test
  void aClosedGateFailsTheBuild() throws Exception {
    services.runner.next.complete(Map.of("passed", false, "reasons", List.of("last sync 30h ago")));
    assertThat(BuilderRun.execute(new GateOperation("wsus-hq"), null, listener, services))
        .contains("WSUS gate for server 'wsus-hq' is closed: last sync 30h ago");
  }

  @Test
  void anEngineFailureFailsTheBuildWithItsMessage() throws Exception {
    services.runner.next.completeExceptionally(new IllegalStateException("breaker open"));
    assertThat(BuilderRun.execute(new SyncOperation("wsus-hq"), null, listener, services))
        .contains("wsusSync failed: breaker open");
  }

  @Test
  void wrongArgumentsAndUnknownServersFailBeforeStarting() throws Exception {
    SyncOperation bad = new SyncOperation("wsus-hq");
    bad.setTimeout("soon");
    assertThat(BuilderRun.execute(bad, null, listener, services).orElseThrow())
        .startsWith("wsusSync: timeout: 'soon' is not a duration");
    assertThat(BuilderRun.execute(new SyncOperation("lab"), null, listener, services).orElseThrow())
        .contains("no WSUS server named 'lab'");
    assertThat(services.runner.started).isEmpty();
  }

  @Test
  void abortingTheBuildCancelsTheOperation() throws Exception {
    services.runner.next = new CompletableFuture<>();
    Thread.currentThread().interrupt();
    assertThatThrownBy(
            () -> BuilderRun.execute(new SyncOperation("wsus-hq"), null, listener, services))
        .isInstanceOf(InterruptedException.class);
    assertThat(services.runner.cancelled).containsExactly("op-1");
    assertThat(services.runner.next).isCancelled();
  }
}
