package io.jenkins.plugins.wsus.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class SimulatorStartTest {

  @Test
  void startsOnEphemeralPortsAndAsksForWindowsAuthentication() throws Exception {
    try (WsusSimulator sim =
        WsusSimulator.start(SimulatorOptions.builder().withoutWsdl().build())) {
      assertThat(sim.wsusUrl()).startsWith("http://127.0.0.1:");
      assertThat(sim.httpsUrl()).startsWith("https://127.0.0.1:");
      assertThat(sim.caCertificatePem()).startsWith("-----BEGIN CERTIFICATE-----");
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(sim.serviceUri())
                  .POST(HttpRequest.BodyPublishers.ofString("<x/>"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.headers().allValues("WWW-Authenticate"))
          .containsExactlyInAnyOrder("Negotiate", "NTLM");
    }
  }
}
