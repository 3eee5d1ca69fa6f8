package io.jenkins.plugins.wsus.simulator;

import io.jenkins.plugins.wsus.simulator.auth.WindowsAuthentication;
import io.jenkins.plugins.wsus.simulator.control.ControlEndpoint;
import io.jenkins.plugins.wsus.simulator.fault.FaultControl;
import io.jenkins.plugins.wsus.simulator.http.SimulatorRouter;
import io.jenkins.plugins.wsus.simulator.http.WsdlResource;
import io.jenkins.plugins.wsus.simulator.model.WsusModel;
import io.jenkins.plugins.wsus.simulator.scenario.ScenarioControl;
import io.jenkins.plugins.wsus.simulator.scenario.TimeScale;
import io.jenkins.plugins.wsus.simulator.soap.SoapDispatcher;
import io.jenkins.plugins.wsus.simulator.soap.SoapEndpoint;
import io.jenkins.plugins.wsus.simulator.soap.ops.Operations;
import io.jenkins.plugins.wsus.simulator.soap.xml.WsdlSchemas;
import io.jenkins.plugins.wsus.simulator.tls.CertificateFactory;
import java.net.InetAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.validation.Schema;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Assembles the parts and runs the Jetty server: one job, the bootstrap. */
final class SimulatorServer {

  private static final Logger LOG = LoggerFactory.getLogger(SimulatorServer.class);

  private final SimulatorOptions options;
  private final Server jetty;
  private final ServerConnector http;
  private final ServerConnector https;
  private final ServerConnector control;
  private final String caPem;
  private final WsusModel model;
  private final ScenarioControl scenarios;
  private final FaultControl faults;
  private final int httpPort;
  private final int httpsPort;

  private SimulatorServer(
      SimulatorOptions options,
      Server jetty,
      ServerConnector http,
      ServerConnector https,
      ServerConnector control,
      String caPem,
      WsusModel model,
      ScenarioControl scenarios,
      FaultControl faults) {
    this.options = options;
    this.jetty = jetty;
    this.http = http;
    this.https = https;
    this.control = control;
    this.caPem = caPem;
    this.model = model;
    this.scenarios = scenarios;
    this.faults = faults;
    // Remembered: the connectors report -1 while a CONNECTION_REFUSED fault has them stopped.
    this.httpPort = http.getLocalPort();
    this.httpsPort = https == null ? -1 : https.getLocalPort();
  }

  static SimulatorServer start(SimulatorOptions options) {
    TimeScale time = new TimeScale(options.timeFactor(), Clock.systemUTC());
    ScenarioControl scenarios = new ScenarioControl(options.initialScenario(), time);
    FaultControl faults = new FaultControl();
    WsusModel model =
        new WsusModel(
            options.serverVersion(),
            options.replicaMode(),
            options.catalogMetadataSource().orElse(CatalogMetadataSource.none()),
            time,
            scenarios,
            options.randomSeed());
    if (options.scheduledSyncs()) {
      model.enableScheduledSyncs();
    }
    Optional<WsdlResource> wsdl;
    Optional<Schema> schema;
    try {
      wsdl = WsdlResource.load(options.resolveWsdlPath());
      schema = wsdl.map(w -> WsdlSchemas.compileCached(w.text()));
    } catch (RuntimeException e) {
      model.close();
      throw new SimulatorStartException("Cannot use the WSDL: " + e.getMessage(), e);
    }

    QueuedThreadPool pool = new QueuedThreadPool(256, 8);
    pool.setName("wsus-sim");
    pool.setDaemon(true);
    Server jetty = new Server(pool);

    HttpConfiguration config = new HttpConfiguration();
    config.setSendServerVersion(false);
    config.setSendXPoweredBy(false);
    ServerConnector http = new ServerConnector(jetty, new HttpConnectionFactory(config));
    http.setHost(options.bindAddress());
    http.setPort(options.httpPort());
    jetty.addConnector(http);

    ServerConnector https = null;
    String caPem = null;
    if (options.httpsEnabled()) {
      CertificateFactory.ServerIdentity identity =
          CertificateFactory.forHost(options.bindAddress());
      caPem = identity.caCertificatePem();
      SslContextFactory.Server ssl = new SslContextFactory.Server();
      ssl.setKeyStore(identity.keyStore());
      ssl.setKeyStorePassword(new String(identity.keyStorePassword()));
      HttpConfiguration secure = new HttpConfiguration(config);
      SecureRequestCustomizer customizer = new SecureRequestCustomizer();
      customizer.setSniHostCheck(false);
      secure.addCustomizer(customizer);
      https =
          new ServerConnector(
              jetty, new SslConnectionFactory(ssl, "http/1.1"), new HttpConnectionFactory(secure));
      https.setHost(options.bindAddress());
      https.setPort(options.httpsPort());
      jetty.addConnector(https);
    }

    ServerConnector control = new ServerConnector(jetty, new HttpConnectionFactory(config));
    control.setHost(InetAddress.getLoopbackAddress().getHostAddress());
    control.setPort(options.controlPort());
    jetty.addConnector(control);

    SoapDispatcher dispatcher =
        new SoapDispatcher(
            model,
            Operations.standard(),
            schema,
            wsdl.map(WsdlResource::soapActions).orElse(Set.of()));
    WindowsAuthentication auth = new WindowsAuthentication(options.accounts(), "WSUS01");
    SoapEndpoint service = new SoapEndpoint(auth, dispatcher, faults, wsdl);
    ControlEndpoint controlEndpoint = new ControlEndpoint(model, scenarios, faults);
    SimulatorRouter router = new SimulatorRouter(service, controlEndpoint, options.mounts());
    router.setControlConnector(control);
    jetty.setHandler(router);

    try {
      jetty.start();
    } catch (Exception e) {
      model.close();
      try {
        jetty.stop();
      } catch (Exception suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new SimulatorStartException(
          "Cannot start the WSUS simulator on "
              + options.bindAddress()
              + " (http port "
              + options.httpPort()
              + ", https port "
              + options.httpsPort()
              + "): "
              + e.getMessage(),
          e);
    }
    SimulatorServer server =
        new SimulatorServer(options, jetty, http, https, control, caPem, model, scenarios, faults);
    faults.bindListeners(server.new WsusListeners());
    LOG.info("WSUS simulator listening on {} and {}", server.httpUrl(), server.httpsUrl());
    return server;
  }

  /**
   * Stops and restarts the WSUS connectors on their bound ports, for CONNECTION_REFUSED: a stopped
   * connector has no listening socket, so clients get a real "connection refused".
   */
  private final class WsusListeners implements FaultControl.Listeners {
    @Override
    public synchronized void close() {
      for (ServerConnector c : wsusConnectors()) {
        if (c.isStarted()) {
          int port = c.getLocalPort();
          c.setPort(port);
          try {
            c.stop();
          } catch (Exception e) {
            LOG.warn("Cannot stop {}: {}", c, e.toString());
          }
          awaitRefused(port);
        }
      }
    }

    /**
     * Returns once a connection to {@code port} is refused (bounded): the socket may still accept
     * for a moment after the connector stopped, and a client arriving then would see a reset.
     */
    private void awaitRefused(int port) {
      for (int i = 0; i < 100; i++) {
        try (java.net.Socket probe = new java.net.Socket()) {
          probe.connect(new java.net.InetSocketAddress(options.bindAddress(), port), 200);
        } catch (java.io.IOException refused) {
          return;
        }
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      LOG.warn("Port {} still accepts connections after its connector stopped", port);
    }

    @Override
    public synchronized void reopen() {
      for (ServerConnector c : wsusConnectors()) {
        if (!c.isStarted() && jetty.isStarted()) {
          try {
            c.start();
          } catch (Exception e) {
            LOG.warn("Cannot restart {}: {}", c, e.toString());
          }
        }
      }
    }
  }

  private List<ServerConnector> wsusConnectors() {
    List<ServerConnector> list = new ArrayList<>();
    list.add(http);
    if (https != null) {
      list.add(https);
    }
    return list;
  }

  String httpUrl() {
    return "http://" + hostForUrl() + ":" + httpPort;
  }

  String httpsUrl() {
    return https == null ? null : "https://" + hostForUrl() + ":" + httpsPort;
  }

  String controlUrl() {
    return "http://"
        + InetAddress.getLoopbackAddress().getHostAddress()
        + ":"
        + control.getLocalPort()
        + ControlEndpoint.BASE_PATH;
  }

  String caCertificatePem() {
    return caPem;
  }

  private String hostForUrl() {
    String host = options.bindAddress();
    if (host.equals("0.0.0.0") || host.equals("::")) {
      return "127.0.0.1";
    }
    return host.contains(":") ? "[" + host + "]" : host;
  }

  WsusModel model() {
    return model;
  }

  ScenarioControl scenarios() {
    return scenarios;
  }

  FaultControl faults() {
    return faults;
  }

  SimulatorOptions options() {
    return options;
  }

  void stop() {
    model.close();
    try {
      jetty.stop();
    } catch (Exception e) {
      LOG.warn("Error while stopping the WSUS simulator: {}", e.toString());
    }
  }
}
