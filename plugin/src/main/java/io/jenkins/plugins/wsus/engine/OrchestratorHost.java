package io.jenkins.plugins.wsus.engine;

import io.jenkins.plugins.wsus.core.orchestrator.Orchestrator;
import io.jenkins.plugins.wsus.core.orchestrator.ServerEntry;
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

  /** The orchestrator for an operation, with the operation's server (credentials resolved) registered. */
  static Orchestrator forOperation(OperationContext context) {
    synchronized (LOCK) {
      Orchestrator o = ensure(context.stateDirectory(), context.settings(), context);
      o.register(new ServerEntry(context.serverName(), context.client(), context.upstreamLabel()));
      return o;
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
