package io.jenkins.plugins.wsus.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.wsus.core.resilience.ErrorClass;
import io.jenkins.plugins.wsus.core.resilience.ErrorClassTable;
import io.jenkins.plugins.wsus.core.resilience.RetryNotice;
import io.jenkins.plugins.wsus.simulator.fault.ClientFault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every client fault of the simulator, injected once in each phase of a sync (start, poll, result
 * read): the failure gets the right class, and the class's policy decides whether the engine
 * retries (then the sync succeeds on a later attempt) or not (then the outcome carries the class).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ClientFaultMatrixTest {

  @TempDir Path state;

  /** The phase and the operation a fault hits there. */
  enum Phase {
    START("StartSubscriptionManually"),
    POLL("GetServerSyncProgress"),
    RESULT_READ("ExecuteSPSearchEventHistory");

    final String operation;

    Phase(String operation) {
      this.operation = operation;
    }
  }

  static Stream<Arguments> matrix() {
    List<Arguments> all = new ArrayList<>();
    Object[][] faults = {
      {ClientFault.Kind.CONNECTION_REFUSED, ErrorClass.TRANSIENT_NETWORK},
      {ClientFault.Kind.RESET_MID_RESPONSE, ErrorClass.TRANSIENT_NETWORK},
      {ClientFault.Kind.SLOW_DRIP, ErrorClass.TRANSIENT_NETWORK},
      {ClientFault.Kind.TRUNCATED_XML, ErrorClass.UNKNOWN},
      // the simulator's ASP.NET fault names a SqlException: the classifier reads the database
      {ClientFault.Kind.SERVER_FAULT, ErrorClass.LOCAL_DATABASE},
      {ClientFault.Kind.SERVICE_UNAVAILABLE, ErrorClass.UPSTREAM_UNAVAILABLE},
      {ClientFault.Kind.OVERSIZED_BODY, ErrorClass.UNKNOWN},
    };
    for (Object[] f : faults) {
      for (Phase p : Phase.values()) {
        all.add(Arguments.of(f[0], p, f[1]));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} in {1} -> {2}")
  @MethodSource("matrix")
  void faultGetsItsClassAndItsPolicy(ClientFault.Kind kind, Phase phase, ErrorClass expected)
      throws Exception {
    try (EngineHarness h =
        EngineHarness.start(
            state,
            0.01,
            EngineHarness.fastSettings()
                .retryMaxAttempts(4)
                .retryInitialBackoff(Duration.ofMillis(150))
                .retryMaxBackoff(Duration.ofMillis(300))
                .build(),
            Duration.ofSeconds(1), // the client's response timeout: a slow drip exceeds it
            "wsus01")) {
      ClientFault fault = ClientFault.next(kind, 1).onOperation(phase.operation);
      if (kind == ClientFault.Kind.CONNECTION_REFUSED) {
        fault = fault.withDelay(Duration.ofMillis(50));
      }
      h.sim("wsus01").faults().add(fault);
      List<RetryNotice> retries = new CopyOnWriteArrayList<>();
      SyncOutcome o =
          h.engine
              .sync(
                  SyncRequest.of("wsus01", EngineHarness.fastPolicy().build(), "matrix"),
                  new SyncListener() {
                    @Override
                    public void onRetry(RetryNotice notice) {
                      retries.add(notice);
                    }
                  })
              .outcome()
              .get(45, TimeUnit.SECONDS);

      assertThat(h.sim("wsus01").faults().armed()).as("the fault fired").isEmpty();
      assertThat(retries).isNotEmpty();
      assertThat(retries.get(0).classification().errorClass()).isEqualTo(expected);
      if (ErrorClassTable.policyOf(expected).retried()) {
        assertThat(retries.get(0).givingUp()).isFalse();
        assertThat(o.result()).as("%s / retries %s", o, retries).isEqualTo(SyncResult.SUCCEEDED);
        assertThat(o.attempts()).isEqualTo(2);
      } else {
        assertThat(retries.get(0).givingUp()).isTrue();
        assertThat(o.result()).isIn(SyncResult.FAILED, SyncResult.REJECTED);
        assertThat(o.errorClass()).isEqualTo(expected);
      }
    }
  }
}
