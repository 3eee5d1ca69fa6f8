package io.jenkins.plugins.wsus.engine;

import hudson.Extension;
import io.jenkins.plugins.wsus.core.catalog.imports.CatalogImportPlan;
import io.jenkins.plugins.wsus.core.engine.SyncHandle;
import io.jenkins.plugins.wsus.core.engine.SyncOutcome;
import io.jenkins.plugins.wsus.core.health.GatePolicy;
import io.jenkins.plugins.wsus.core.orchestrator.Orchestrator;
import io.jenkins.plugins.wsus.ops.ApproveRequest;
import io.jenkins.plugins.wsus.ops.CatalogImportRequest;
import io.jenkins.plugins.wsus.ops.GateRequest;
import io.jenkins.plugins.wsus.ops.HealthRequest;
import io.jenkins.plugins.wsus.ops.OperationContext;
import io.jenkins.plugins.wsus.ops.OperationRequest;
import io.jenkins.plugins.wsus.ops.OperationRunner;
import io.jenkins.plugins.wsus.ops.RunningOperation;
import io.jenkins.plugins.wsus.ops.SyncRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs the plugin's operations on the controller's {@link Orchestrator}. Every method returns at
 * once: the engine's own timer does the waiting, so no executor or pooled thread is held while a
 * sync runs or a gate waits.
 *
 * <p>After a controller restart a step {@linkplain #reattach re-attaches}: a sync request attaches
 * to the sync still running on the WSUS server (the engine never starts a second one); a gate waits
 * for what is left of its wait.
 */
@Extension
public final class EngineOperationRunner implements OperationRunner {
  private final Map<String, Runnable> cancellers = new ConcurrentHashMap<>();

  @Override
  public RunningOperation start(OperationRequest request, OperationContext context) {
    String id = UUID.randomUUID().toString();
    OperationTimes.started(context.stateDirectory(), id, Instant.now());
    return run(id, request, context, false);
  }

  @Override
  public RunningOperation reattach(
      String operationId, OperationRequest request, OperationContext context) {
    context.log().println("[WSUS] Jenkins restarted: resuming " + request.functionName());
    return run(operationId, request, context, true);
  }

  @Override
  public void cancel(String operationId, Throwable cause) {
    Runnable cancel = cancellers.remove(operationId);
    if (cancel != null) {
      cancel.run();
    }
  }

  private RunningOperation run(
      String id, OperationRequest request, OperationContext context, boolean resumed) {
    Orchestrator orchestrator = OrchestratorHost.forOperation(context);
    Runnable ended = OrchestratorHost.operationStarted();
    CompletableFuture<Map<String, Object>> result;
    try {
      result = dispatch(id, request, context, orchestrator, resumed);
    } catch (RuntimeException e) {
      ended.run();
      throw e;
    }
    result.whenComplete(
        (r, e) -> {
          ended.run();
          cancellers.remove(id);
          // Cut short by the engine closing, the operation did not end: a resumed step needs the
          // time it was first made.
          if (!orchestrator.isClosed()) {
            OperationTimes.finished(context.stateDirectory(), id);
          }
        });
    return new RunningOperation(id, result);
  }

  private CompletableFuture<Map<String, Object>> dispatch(
      String id,
      OperationRequest request,
      OperationContext context,
      Orchestrator orchestrator,
      boolean resumed) {
    if (request instanceof SyncRequest sync) {
      return sync(id, sync, context, orchestrator, resumed);
    }
    if (request instanceof HealthRequest health) {
      return health(health, orchestrator);
    }
    if (request instanceof GateRequest gate) {
      return gate(id, gate, context, orchestrator);
    }
    if (request instanceof CatalogImportRequest imports) {
      return CatalogOperations.importUpdates(id, imports, context, orchestrator, cancellers);
    }
    if (request instanceof ApproveRequest approve) {
      return CatalogOperations.approve(id, approve, context, orchestrator, cancellers);
    }
    throw new IllegalArgumentException("unknown WSUS operation " + request.functionName());
  }

  private CompletableFuture<Map<String, Object>> sync(
      String id,
      SyncRequest step,
      OperationContext context,
      Orchestrator orchestrator,
      boolean resumed) {
    BuildLogListener listener = new BuildLogListener(context.log(), orchestrator.clock());
    // Resumed: a sync that finished while Jenkins was down is adopted, not run again.
    Instant firstMade =
        resumed ? OperationTimes.startedAt(context.stateDirectory(), id).orElse(null) : null;
    io.jenkins.plugins.wsus.core.engine.SyncRequest request =
        new io.jenkins.plugins.wsus.core.engine.SyncRequest(
            step.server(),
            context.upstreamLabel(),
            EngineSettingsMapping.policy(step, context.settings()),
            id,
            context.runId(),
            firstMade);
    CatalogImportPlan plan =
        step.allowCatalog() && !step.catalogKbs().isEmpty()
            ? CatalogImportPlan.of(step.catalogKbs())
            : null;
    SyncHandle handle = orchestrator.sync(request, listener, plan);
    cancellers.put(id, () -> handle.cancel("the build was aborted"));
    return handle
        .outcome()
        .thenApply(
            outcome -> {
              String evidence = EvidenceCopies.copy(orchestrator, outcome.runId(), context);
              Map<String, Object> map = ResultMapping.sync(outcome, evidence, listener.timeline());
              if (!outcome.succeeded()) {
                throw new SyncFailedInBuildException(describe(outcome, evidence));
              }
              return map;
            });
  }

  private static String describe(SyncOutcome o, String evidence) {
    return "WSUS sync of '"
        + o.server()
        + "' "
        + o.result()
        + (o.errorClass() == null ? "" : " (" + o.errorClass() + ")")
        + (o.errorText() == null ? "" : ": " + o.errorText())
        + (evidence == null ? "" : "; evidence: " + evidence);
  }

  private CompletableFuture<Map<String, Object>> health(
      HealthRequest step, Orchestrator orchestrator) {
    if (!step.probe()) {
      var saved = orchestrator.lastHealth(step.server());
      if (saved.isPresent()) {
        return CompletableFuture.completedFuture(ResultMapping.health(saved.get()));
      }
    }
    return orchestrator.health(step.server()).thenApply(ResultMapping::health);
  }

  private CompletableFuture<Map<String, Object>> gate(
      String id, GateRequest step, OperationContext context, Orchestrator orchestrator) {
    GatePolicy policy =
        new GatePolicy(step.maxAge(), step.requireAfterPatchTuesday(), step.allowDegraded(), true);
    // After a restart, wait only for what is left of the step's wait.
    Instant startedAt =
        OperationTimes.startedAt(context.stateDirectory(), id).orElse(Instant.now());
    Duration left = step.waitFor().minus(Duration.between(startedAt, Instant.now()));
    Duration wait = left.isNegative() ? Duration.ZERO : left;
    if (!wait.isZero()) {
      context
          .log()
          .println(
              "[WSUS] Gate on '" + step.server() + "': waiting up to " + wait + " for it to pass");
    }
    var pending = orchestrator.gate(step.server(), policy, wait);
    cancellers.put(id, () -> pending.cancel(false));
    return pending.thenApply(
        r -> {
          context
              .log()
              .println(
                  "[WSUS] Gate on '" + step.server() + "': " + r.decision() + " " + r.reasons());
          return ResultMapping.gate(r, Duration.between(startedAt, Instant.now()));
        });
  }
}
