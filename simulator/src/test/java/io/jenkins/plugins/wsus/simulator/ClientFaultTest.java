package io.jenkins.plugins.wsus.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.wsus.simulator.fault.ClientFault;
import io.jenkins.plugins.wsus.simulator.fault.ClientFault.Kind;
import io.jenkins.plugins.wsus.simulator.support.RawHttpConnection;
import io.jenkins.plugins.wsus.simulator.support.SoapAssertions;
import io.jenkins.plugins.wsus.simulator.support.WsusTestClient;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class ClientFaultTest {

  private WsusSimulator sim;

  @BeforeEach
  void start() {
    sim = WsusSimulator.start(SimulatorOptions.builder().withoutWsdl().https(false).build());
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  @Test
  void faultOnOneOperationForOneRequestThenNormal() throws Exception {

    try (WsusTestClient c = WsusTestClient.admin(sim)) {
      sim.faults().add(ClientFault.next(Kind.SERVER_FAULT, 1).onOperation("GetSubscriptionState"));
      assertThat(c.call("GetServerVersion", "").status()).isEqualTo(200);
      RawHttpConnection.Response faulted = c.call("GetSubscriptionState", "");
      assertThat(faulted.status()).isEqualTo(500);
      assertThat(SoapAssertions.faultCode(faulted.body())).isEqualTo("soap:Server");
      assertThat(SoapAssertions.faultString(faulted.body()))
          .startsWith("Server was unable to process request. ---> ");
      assertThat(c.call("GetSubscriptionState", "").status()).isEqualTo(200);
    }
    assertThat(sim.faults().armed()).isEmpty();
  }

  @Test
  void serviceUnavailableIs503() throws Exception {

    try (WsusTestClient c = WsusTestClient.admin(sim)) {
      sim.faults().add(ClientFault.next(Kind.SERVICE_UNAVAILABLE, 2));
      RawHttpConnection.Response r = c.call("GetSubscriptionState", "");
      assertThat(r.status()).isEqualTo(503);
      assertThat(r.text()).contains("HTTP Error 503. The service is unavailable.");
      assertThat(c.call("GetSubscriptionState", "").status()).isEqualTo(503);
      assertThat(c.call("GetSubscriptionState", "").status()).isEqualTo(200);
    }
  }

  @Test
  void truncatedXmlIsA200WithABrokenBody() throws Exception {

    try (WsusTestClient c = WsusTestClient.admin(sim)) {
      sim.faults().add(ClientFault.next(Kind.TRUNCATED_XML, 1));
      RawHttpConnection.Response r = c.call("GetSubscription", "");
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.text()).startsWith("<?xml");
      assertThatThrownBy(() -> SoapAssertions.parse(r.body()))
          .hasMessageContaining("not well-formed");
    }
  }

  @Test
  void resetMidResponseCutsTheConnection() throws Exception {

    try (WsusTestClient c = WsusTestClient.admin(sim)) {
      sim.faults().add(ClientFault.next(Kind.RESET_MID_RESPONSE, 1));
      assertThatThrownBy(() -> c.call("GetSubscription", "")).isInstanceOf(IOException.class);
    }
    try (WsusTestClient c = WsusTestClient.admin(sim)) {
      assertThat(c.call("GetSubscription", "").status()).isEqualTo(200);
    }
  }

  @Test
  void slowDripDeliversTheWholeAnswerInPieces() throws Exception {

    try (WsusTestClient c = WsusTestClient.admin(sim)) {
      sim.faults()
          .add(ClientFault.next(Kind.SLOW_DRIP, 1).withBytes(64).withDelay(Duration.ofMillis(2)));
      RawHttpConnection.Response dripped = c.call("GetSubscription", "");
      RawHttpConnection.Response normal = c.call("GetSubscription", "");
      assertThat(dripped.status()).isEqualTo(200);
      assertThat(dripped.body()).isEqualTo(normal.body());
    }
  }

  @Test
  void slowDripOutlastsAShortReadTimeout() throws Exception {

    try (WsusTestClient c = WsusTestClient.admin(sim)) {
      sim.faults()
          .add(ClientFault.next(Kind.SLOW_DRIP, 1).withBytes(8).withDelay(Duration.ofSeconds(2)));
      c.connection().setReadTimeoutMillis(500);
      assertThatThrownBy(() -> c.call("GetSubscription", ""))
          .isInstanceOf(SocketTimeoutException.class);
    }
  }

  @Test
  void latencyDelaysAnswersUntilCleared() throws Exception {

    try (WsusTestClient c = WsusTestClient.admin(sim)) {
      sim.faults().add(ClientFault.latency(Duration.ofSeconds(3)));
      // Armed after the logon: the next answer waits 3 s, past a short read timeout.
      c.connection().setReadTimeoutMillis(300);
      assertThatThrownBy(() -> c.call("GetSubscriptionState", ""))
          .isInstanceOf(SocketTimeoutException.class);
    }
    sim.faults().clear();
    try (WsusTestClient c = WsusTestClient.admin(sim)) {
      c.connection().setReadTimeoutMillis(5000);
      assertThat(c.call("GetSubscriptionState", "").status()).isEqualTo(200);
    }
  }

  @Test
  void oversizedBodyAnnouncesItsSize() throws Exception {

    try (WsusTestClient c = WsusTestClient.admin(sim)) {
      sim.faults().add(ClientFault.next(Kind.OVERSIZED_BODY, 1).withBytes(32L * 1024 * 1024));
      assertThatThrownBy(() -> c.call("GetSubscription", ""))
          .isInstanceOf(IOException.class)
          .hasMessageContaining(Long.toString(32L * 1024 * 1024));
    }
  }

  @Test
  void connectionRefusedClosesTheListenerThenReopens() throws Exception {

    URI base = URI.create(sim.wsusUrl());
    try (WsusTestClient c = WsusTestClient.admin(sim)) {
      sim.faults()
          .add(ClientFault.next(Kind.CONNECTION_REFUSED, 1).withDelay(Duration.ofSeconds(3)));
      assertThatThrownBy(() -> c.call("GetSubscriptionState", "")).isInstanceOf(IOException.class);
    }
    assertThatThrownBy(() -> connect(base)).isInstanceOf(ConnectException.class);
    // Bounded by the class timeout: the listener reopens after the fault's delay.
    while (true) {
      try {
        connect(base);
        break;
      } catch (ConnectException stillClosed) {
        Thread.sleep(100);
      }
    }
    try (WsusTestClient c = WsusTestClient.admin(sim)) {
      assertThat(c.call("GetSubscriptionState", "").status()).isEqualTo(200);
    }
  }

  private static void connect(URI base) throws IOException {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(base.getHost(), base.getPort()), 2000);
    }
  }
}
