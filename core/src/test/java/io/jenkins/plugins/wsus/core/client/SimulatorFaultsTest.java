package io.jenkins.plugins.wsus.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.wsus.core.client.WsusNetworkException.Kind;
import io.jenkins.plugins.wsus.simulator.SimAccount;
import io.jenkins.plugins.wsus.simulator.SimulatorOptions;
import io.jenkins.plugins.wsus.simulator.WsusSimulator;
import io.jenkins.plugins.wsus.simulator.fault.ClientFault;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The simulator's client faults (after a real NTLM logon) end in the right typed errors, and the
 * client recovers on the next call once the fault is gone.
 */
@Timeout(60)
class SimulatorFaultsTest {

  private static WsusSimulator sim;
  private static ApiRemotingClient wsus;

  @BeforeAll
  static void start() {
    sim =
        WsusSimulator.start(
            SimulatorOptions.builder()
                .timeFactor(0.001)
                .account(SimAccount.defaultAdministrator())
                .build());
    wsus =
        new ApiRemotingClient(
            WsusClientConfig.builder()
                .serverName("simulator")
                .baseUrl(sim.wsusUrl())
                .account("CORP\\wsusadmin")
                .password("Passw0rd!".toCharArray())
                .connectTimeout(Duration.ofSeconds(1))
                .responseTimeout(Duration.ofSeconds(1))
                .maxResponseBytes(1024 * 1024)
                .build());
  }

  @AfterAll
  static void stop() {
    if (wsus != null) {
      wsus.close();
    }
    if (sim != null) {
      sim.close();
    }
  }

  @AfterEach
  void clearAndRecover() throws Exception {
    sim.faults().clear();
    // The client recovers by itself: no state is poisoned by the failed call.
    assertThat(wsus.getSubscriptionState()).isNotNull();
  }

  private static void arm(ClientFault.Kind kind) {
    sim.faults().add(ClientFault.next(kind, 1).onOperation("GetServerVersion"));
  }

  @Test
  void truncatedXml() {
    arm(ClientFault.Kind.TRUNCATED_XML);
    assertThatThrownBy(wsus::getServerVersion).isInstanceOf(WsusMalformedResponseException.class);
  }

  @Test
  void resetMidResponse() {
    arm(ClientFault.Kind.RESET_MID_RESPONSE);
    assertThatThrownBy(wsus::getServerVersion)
        .isInstanceOfSatisfying(
            WsusNetworkException.class, e -> assertThat(e.kind()).isEqualTo(Kind.CONNECTION_RESET));
  }

  @Test
  void slowDripPastTheTimeout() {
    sim.faults()
        .add(
            ClientFault.next(ClientFault.Kind.SLOW_DRIP, 1)
                .onOperation("GetServerVersion")
                .withBytes(1)
                .withDelay(Duration.ofMillis(200)));
    assertThatThrownBy(wsus::getServerVersion)
        .isInstanceOfSatisfying(
            WsusNetworkException.class, e -> assertThat(e.kind()).isEqualTo(Kind.TIMEOUT));
  }

  @Test
  void serverFault() {
    arm(ClientFault.Kind.SERVER_FAULT);
    assertThatThrownBy(wsus::getServerVersion)
        .isInstanceOfSatisfying(
            WsusSoapFaultException.class, e -> assertThat(e.innerMessage()).isNotBlank());
  }

  @Test
  void serviceUnavailable() {
    arm(ClientFault.Kind.SERVICE_UNAVAILABLE);
    assertThatThrownBy(wsus::getServerVersion)
        .isInstanceOfSatisfying(
            WsusHttpException.class,
            e -> assertThat(e.meaning()).isEqualTo(WsusHttpException.Meaning.SERVICE_UNAVAILABLE));
  }

  @Test
  void oversizedBody() {
    arm(ClientFault.Kind.OVERSIZED_BODY);
    assertThatThrownBy(wsus::getServerVersion)
        .isInstanceOfSatisfying(
            WsusMalformedResponseException.class,
            e -> assertThat(e.problem()).isEqualTo("response larger than 1048576 bytes"));
  }

  @Test
  void latencyWithinAndBeyondTheTimeout() throws Exception {
    sim.faults()
        .add(ClientFault.latency(Duration.ofMillis(200)).onOperation("GetServerVersion").times(1));
    assertThat(wsus.getServerVersion()).isNotBlank();
    sim.faults()
        .add(ClientFault.latency(Duration.ofSeconds(5)).onOperation("GetServerVersion").times(1));
    assertThatThrownBy(wsus::getServerVersion)
        .isInstanceOfSatisfying(
            WsusNetworkException.class, e -> assertThat(e.kind()).isEqualTo(Kind.TIMEOUT));
  }

  /** On its own simulator: the listener is closed for good, as a stopped IIS would be. */
  @Test
  void refusedWhileTheListenerIsClosed() {
    try (WsusSimulator closed = WsusSimulator.start(SimulatorOptions.builder().build());
        ApiRemotingClient fresh =
            new ApiRemotingClient(
                ClientTestConfigs.loopback(closed.wsusUrl()).account("CORP\\wsusadmin").build())) {
      closed.faults().refuseConnections();
      assertThatThrownBy(fresh::getServerVersion)
          .isInstanceOfSatisfying(
              WsusNetworkException.class,
              e -> assertThat(e.kind()).isEqualTo(Kind.CONNECTION_REFUSED));
    }
  }
}
