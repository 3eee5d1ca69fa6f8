package io.jenkins.plugins.wsus.engine;

import io.jenkins.plugins.wsus.WsusOrchestratorConfiguration;
import io.jenkins.plugins.wsus.WsusServer;
import io.jenkins.plugins.wsus.connect.ClientConfigs;
import io.jenkins.plugins.wsus.core.orchestrator.Orchestrator;
import io.jenkins.plugins.wsus.core.orchestrator.ServerEntry;
import io.jenkins.plugins.wsus.credentials.ServerCredentials;
import io.jenkins.plugins.wsus.ops.EngineSettings;
import io.jenkins.plugins.wsus.ops.OperationContext;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.logging.Logger;

/**
 * The controller's one {@link Orchestrator}, behind one lock: every job shares its breakers,
 * single-flight syncs and journal. Changed settings take effect when no operation is running (an
 * engine cannot change its breakers' configuration under a running sync); until then the running
 * engine keeps its settings and says so.
 */
final class OrchestratorHost {
  private static final Logger LOG = Logger.getLogger(OrchestratorHost.class.getName());
  private static final Object LOCK = new Object();

  private static Orchestrator orchestrator;
  private static EngineSettings builtWith;
  private static Path builtIn;
  private static final AtomicInteger RUNNING = new AtomicInteger();

  /** How an orchestrator is built (replaced in tests to shorten time). */
  static BiFunction<Path, EngineSettings, Orchestrator> factory = OrchestratorFactory::create;

  private OrchestratorHost() {}

  /**
   * The orchestrator for an operation, with the operation's server (credentials resolved)
   * registered.
   */
  static Orchestrator forOperation(OperationContext context) {
    synchronized (LOCK) {
      Orchestrator o = ensure(context.stateDirectory(), context.settings(), context);
      o.register(new ServerEntry(context.serverName(), context.client(), context.upstreamLabel()));
      return o;
    }
  }

  /**
   * The orchestrator for the management page: started from the global configuration when no
   * operation has started it yet (breakers, journal and health live in JENKINS_HOME, so the page
   * shows them after a restart too), with every server whose credentials resolve registered.
   */
  static Orchestrator forManagement() {
    WsusOrchestratorConfiguration config = WsusOrchestratorConfiguration.get();
    EngineSettings settings =
        EngineSettings.of(
            config.getResilience(), config.getCatalog(), config.getEvidenceRetentionDays());
    synchronized (LOCK) {
      if (orchestrator == null) {
        orchestrator = factory.apply(config.stateDirectory(), settings);
        builtWith = settings;
        builtIn = config.stateDirectory();
      }
      for (WsusServer server : config.getServers()) {
        try {
          orchestrator.register(
              new ServerEntry(
                  server.getName(),
                  ClientConfigs.from(server, ServerCredentials.resolve(server.getCredentialsId())),
                  server.effectiveUpstreamLabel()));
        } catch (RuntimeException e) {
          // A server without usable credentials is still listed from its saved health.
          LOG.fine("Not registering WSUS server " + server.getName() + ": " + e.getMessage());
        }
      }
      return orchestrator;
    }
  }

  /** The running orchestrator, if any operation has started one. */
  static Optional<Orchestrator> current() {
    synchronized (LOCK) {
      return Optional.ofNullable(orchestrator);
    }
  }

  /** Marks an operation running; the returned runnable marks it ended. */
  static Runnable operationStarted() {
    RUNNING.incrementAndGet();
    return RUNNING::decrementAndGet;
  }

  private static Orchestrator ensure(Path stateDir, EngineSettings settings, OperationContext ctx) {
    if (orchestrator != null && stateDir.equals(builtIn) && settings.equals(builtWith)) {
      return orchestrator;
    }
    if (orchestrator != null) {
      if (RUNNING.get() > 0 || !orchestrator.engine().inFlight().isEmpty()) {
        ctx.log()
            .println(
                "[WSUS] The WSUS Orchestrator settings changed; they apply once the running"
                    + " operations have finished. This operation uses the previous settings.");
        return orchestrator;
      }
      LOG.info("WSUS Orchestrator settings changed: restarting the engine");
      orchestrator.close();
      orchestrator = null;
    }
    orchestrator = factory.apply(stateDir, settings);
    builtWith = settings;
    builtIn = stateDir;
    return orchestrator;
  }

  /** Closes the orchestrator (tests). */
  static void reset() {
    synchronized (LOCK) {
      if (orchestrator != null) {
        orchestrator.close();
      }
      orchestrator = null;
      builtWith = null;
      builtIn = null;
      RUNNING.set(0);
    }
  }
}
