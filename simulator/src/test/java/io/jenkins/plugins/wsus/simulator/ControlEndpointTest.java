package io.jenkins.plugins.wsus.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.wsus.simulator.fault.ClientFault;
import io.jenkins.plugins.wsus.simulator.model.SyncError;
import io.jenkins.plugins.wsus.simulator.scenario.UpstreamScenario;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class ControlEndpointTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private WsusSimulator sim;

  @BeforeEach
  void start() {
    sim =
        WsusSimulator.start(
            SimulatorOptions.builder().withoutWsdl().https(false).timeFactor(0.0001).build());
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  private HttpResponse<String> send(String method, String path, String json) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(sim.controlUrl() + path)).timeout(Duration.ofSeconds(10));
    b.method(
        method,
        json == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      b.header("Content-Type", "application/json");
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void controlUrlIsLoopbackAndSeparateFromTheService() {
    assertThat(sim.controlUrl()).startsWith("http://127.0.0.1:").endsWith("/_sim");
    assertThat(sim.controlUrl()).doesNotStartWith(sim.wsusUrl());
  }

  @Test
  void stateReportsScenarioAndSync() throws Exception {
    HttpResponse<String> r = send("GET", "/state", null);
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode state = JSON.readTree(r.body());
    assertThat(state.path("scenario").path("kind").asText()).isEqualTo("HEALTHY");
    assertThat(state.path("sync").path("status").asInt()).isZero();
    assertThat(state.path("classifications").toString()).contains("Updates");
    JsonNode updates = JSON.readTree(send("GET", "/updates", null).body());
    assertThat(updates.size()).isEqualTo(sim.model().updates().size());
    assertThat(updates.get(0).path("classification").asText()).isEqualTo("Security Updates");
  }

  @Test
  void switchesScenarioAtRunTime() throws Exception {
    HttpResponse<String> r =
        send("PUT", "/scenario", "{\"kind\":\"BAD_REVISION\",\"classifications\":[\"Updates\"]}");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(sim.scenarios().current()).isEqualTo(UpstreamScenario.badRevision("Updates"));

    send("POST", "/sync/start", "{}");
    assertThat(sim.model().awaitIdle(Duration.ofSeconds(10))).isTrue();
    assertThat(sim.model().lastResult().orElseThrow().error())
        .isEqualTo(SyncError.IMPORT_UPDATE_ERROR);

    send("PUT", "/classifications", "[\"Security Updates\",\"Critical Updates\"]");
    send("POST", "/sync/start", "{}");
    assertThat(sim.model().awaitIdle(Duration.ofSeconds(10))).isTrue();
    JsonNode state = JSON.readTree(send("GET", "/state", null).body());
    assertThat(state.path("lastResult").path("outcome").asText()).isEqualTo("SUCCEEDED");

    send("PUT", "/scenario", "{\"kind\":\"flaky\",\"probability\":0.25,\"seed\":9}");
    assertThat(sim.scenarios().current()).isEqualTo(UpstreamScenario.flaky(0.25, 9));
  }

  @Test
  void outagesAndFaultsCanBeArmedAndCleared() throws Exception {
    send("POST", "/outages", "{\"kind\":\"UNREACHABLE\",\"fromSeconds\":0,\"toSeconds\":36000000}");
    assertThat(sim.scenarios().current().kind()).isEqualTo(UpstreamScenario.Kind.UNREACHABLE);
    send("DELETE", "/outages", null);
    assertThat(sim.scenarios().current().kind()).isEqualTo(UpstreamScenario.Kind.HEALTHY);

    HttpResponse<String> r =
        send(
            "POST",
            "/faults",
            "{\"kind\":\"LATENCY\",\"count\":-1,\"delayMillis\":100,\"operation\":\"GetSubscriptionState\"}");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(sim.faults().armed())
        .containsExactly(
            ClientFault.latency(Duration.ofMillis(100)).onOperation("GetSubscriptionState"));
    send("DELETE", "/faults", null);
    assertThat(sim.faults().armed()).isEmpty();
  }

  @Test
  void badInputGetsAClearError() throws Exception {
    HttpResponse<String> unknown = send("PUT", "/scenario", "{\"kind\":\"SUNNY\"}");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(unknown.body()).path("error").asText())
        .contains("Unknown scenario 'SUNNY'");
    HttpResponse<String> broken = send("PUT", "/scenario", "{not json");
    assertThat(broken.statusCode()).isEqualTo(400);
    assertThat(send("GET", "/nope", null).statusCode()).isEqualTo(404);
    HttpResponse<String> running = send("POST", "/sync/start", "{}");
    assertThat(running.statusCode()).isEqualTo(200);
  }
}
