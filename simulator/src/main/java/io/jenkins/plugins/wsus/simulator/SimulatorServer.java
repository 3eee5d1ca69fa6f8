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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
  private final RefusableConnector http;
  private final RefusableConnector https;
  private final ServerConnector control;
  private final String caPem;
  private final WsusModel model;
  private final ScenarioControl scenarios;
  private final FaultControl faults;
  private final int httpPort;
  private final int httpsPort;
  private final WsusListeners listeners = new WsusListeners();

  private SimulatorServer(
      SimulatorOptions options,
      Server jetty,
      RefusableConnector http,
      RefusableConnector https,
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
    RefusableConnector http = new RefusableConnector(jetty, new HttpConnectionFactory(config));
    http.setHost(options.bindAddress());
    http.setPort(options.httpPort());
    jetty.addConnector(http);

    RefusableConnector https = null;
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
          new RefusableConnector(
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
    faults.bindListeners(server.listeners);
    LOG.info("WSUS simulator listening on {} and {}", server.httpUrl(), server.httpsUrl());
    return server;
  }

  /**
   * Stops and restarts the WSUS connectors on their bound ports, for CONNECTION_REFUSED: a stopped
   * connector has no listening socket, so clients get a real "connection refused". Every Jetty
   * lifecycle call runs on one thread of its own, never on a request thread of the connector it
   * stops, and none runs once the server is stopping.
   */
  private final class WsusListeners implements FaultControl.Listeners {
    private static final long WAIT_SECONDS = 30;

    private final ScheduledThreadPoolExecutor transitions =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread t = new Thread(r, "wsus-sim-listeners");
              t.setDaemon(true);
              return t;
            });

    /**
     * Returns once the listening sockets refuse connections; their open connections are closed
     * after that, so a client whose request is dropped already finds the port closed.
     */
    @Override
    public void close() {
      CompletableFuture<Void> refused = new CompletableFuture<>();
      Runnable transition =
          () -> {
            try {
              List<RefusableConnector> stopping = new ArrayList<>();
              for (RefusableConnector c : wsusConnectors()) {
                if (c.isStarted()) {
                  int port = c.getLocalPort();
                  c.setPort(port);
                  c.closeListener();
                  awaitRefused(port);
                  stopping.add(c);
                }
              }
              refused.complete(null);
              for (RefusableConnector c : stopping) {
                try {
                  c.stop();
                } catch (Exception e) {
                  LOG.warn("Cannot stop {}: {}", c, e.toString());
                }
              }
            } finally {
              refused.complete(null);
            }
          };
      if (submit(transition)) {
        await(refused, "closing the WSUS listeners");
      }
    }

    @Override
    public void reopen() {
      CompletableFuture<Void> reopened = new CompletableFuture<>();
      if (submit(
          () -> {
            try {
              startStopped();
            } finally {
              reopened.complete(null);
            }
          })) {
        await(reopened, "reopening the WSUS listeners");
      }
    }

    @Override
    public void reopenAfter(Duration delay) {
      try {
        transitions.schedule(this::startStopped, delay.toMillis(), TimeUnit.MILLISECONDS);
      } catch (RejectedExecutionException serverStopping) {
        // Nothing to reopen.
      }
    }

    private void startStopped() {
      for (RefusableConnector c : wsusConnectors()) {
        if (!c.isStarted()) {
          try {
            c.start();
          } catch (Exception e) {
            LOG.warn("Cannot restart {}: {}", c, e.toString());
          }
        }
      }
    }

    /**
     * Returns once a connection to {@code port} is refused (bounded): the socket may still accept
     * for a moment after its acceptor was interrupted.
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
      LOG.warn("Port {} still accepts connections after its listener closed", port);
    }

    private boolean submit(Runnable transition) {
      try {
        transitions.execute(transition);
        return true;
      } catch (RejectedExecutionException serverStopping) {
        return false;
      }
    }

    private void await(CompletableFuture<Void> done, String what) {
      try {
        done.get(WAIT_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (ExecutionException | TimeoutException e) {
        LOG.warn("Gave up waiting for {} after {} s", what, WAIT_SECONDS);
      }
    }

    /** Cancels a pending reopen and waits (bounded) for a transition in progress. */
    void shutDown() {
      transitions.shutdownNow();
      try {
        if (!transitions.awaitTermination(WAIT_SECONDS, TimeUnit.SECONDS)) {
          LOG.warn("A WSUS listener transition is still running after {} s", WAIT_SECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private List<RefusableConnector> wsusConnectors() {
    List<RefusableConnector> list = new ArrayList<>();
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
    // A connector started by a late reopen while Jetty stops could outlive the server.
    listeners.shutDown();
    try {
      jetty.stop();
    } catch (Exception e) {
      LOG.warn("Error while stopping the WSUS simulator: {}", e.toString());
    }
  }
}
