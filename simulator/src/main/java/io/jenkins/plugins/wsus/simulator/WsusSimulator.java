package io.jenkins.plugins.wsus.simulator;

import io.jenkins.plugins.wsus.simulator.fault.FaultControl;
import io.jenkins.plugins.wsus.simulator.model.WsusModel;
import io.jenkins.plugins.wsus.simulator.scenario.ScenarioControl;
import java.net.URI;

/**
 * A running simulated WSUS server: the API Remoting web service over HTTP and HTTPS with IIS-like
 * NTLM authentication, a model of the server's state, switchable upstream scenarios, faults aimed
 * at the client, and a JSON control endpoint on loopback.
 *
 * <pre>{@code
 * try (WsusSimulator sim = WsusSimulator.start(SimulatorOptions.builder().timeFactor(0.001).build())) {
 *   URI service = sim.serviceUri(); // http://127.0.0.1:PORT/ApiRemoting30/WebService.asmx
 *   sim.scenarios().set(UpstreamScenario.badRevision("Updates"));
 * }
 * }</pre>
 */
public final class WsusSimulator implements AutoCloseable {

  private final SimulatorServer server;

  private WsusSimulator(SimulatorServer server) {
    this.server = server;
  }

  /**
   * Starts a simulator; returns once every connector listens.
   *
   * @throws SimulatorStartException when a port is taken or the configuration is unusable
   */
  public static WsusSimulator start(SimulatorOptions options) {
    return new WsusSimulator(SimulatorServer.start(options));
  }

  /** Starts a simulator with every default. */
  public static WsusSimulator start() {
    return start(SimulatorOptions.defaults());
  }

  /** HTTP base URL of the WSUS server, e.g. {@code http://127.0.0.1:8530} (no trailing slash). */
  public String wsusUrl() {
    return server.httpUrl();
  }

  /** HTTPS base URL of the WSUS server, or null when HTTPS is disabled. */
  public String httpsUrl() {
    return server.httpsUrl();
  }

  /** The full URI of the web service over HTTP. */
  public URI serviceUri() {
    return URI.create(wsusUrl() + "/ApiRemoting30/WebService.asmx");
  }

  /** The CA certificate (PEM) that signed the HTTPS certificate; trust it to validate HTTPS. */
  public String caCertificatePem() {
    return server.caCertificatePem();
  }

  /** Base URL of the JSON control endpoint, e.g. {@code http://127.0.0.1:PORT/_sim}. */
  public String controlUrl() {
    return server.controlUrl();
  }

  /** The simulated server's state (subscription, sync, updates, approvals, events). */
  public WsusModel model() {
    return server.model();
  }

  /** The upstream scenario in force and outage windows. */
  public ScenarioControl scenarios() {
    return server.scenarios();
  }

  /** Faults aimed at the client. */
  public FaultControl faults() {
    return server.faults();
  }

  /** The options it was started with. */
  public SimulatorOptions options() {
    return server.options();
  }

  /** Stops every connector and the sync engine. */
  @Override
  public void close() {
    server.stop();
  }
}
