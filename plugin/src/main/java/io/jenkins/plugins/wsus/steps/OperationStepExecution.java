package io.jenkins.plugins.wsus.steps;

import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.wsus.ops.OperationContext;
import io.jenkins.plugins.wsus.ops.OperationRequest;
import io.jenkins.plugins.wsus.ops.ResultMaps;
import io.jenkins.plugins.wsus.ops.RunningOperation;
import io.jenkins.plugins.wsus.pages.WsusBuildAction;
import io.jenkins.plugins.wsus.run.OperationServices;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;

/**
 * Runs one operation for a Pipeline step without holding an executor or a thread: {@link #start()}
 * hands the request to the engine and returns {@code false}; the engine's future completes the step
 * from its own thread. Saved with the build: the request and the engine's operation id. After a
 * controller restart {@link #onResume()} re-attaches to the operation by that id; aborting the
 * build calls {@link #stop(Throwable)}, which cancels it.
 */
public final class OperationStepExecution extends StepExecution {
  private static final long serialVersionUID = 1L;

  /** Kept here too: the declared {@code getContext()} is compile-only. Same object as Jenkins'. */
  private final StepContext context;

  private final OperationRequest request;
  private volatile String operationId;
  private volatile boolean completed;

  private transient volatile CompletableFuture<Map<String, Object>> pending;
  private transient volatile OperationServices services;

  public OperationStepExecution(StepContext context, OperationRequest request) {
    this(context, request, null);
  }

  OperationStepExecution(
      StepContext context, OperationRequest request, OperationServices services) {
    super(context);
    this.context = context;
    this.request = request;
    this.services = services;
  }

  @Override
  public boolean start() throws Exception {
    OperationContext operationContext = resolve();
    operationContext
        .log()
        .println(request.functionName() + ": starting on WSUS server '" + request.server() + "'");
    RunningOperation running = services().runner().start(request, operationContext);
    operationId = running.id();
    attach(running.result());
    return false;
  }

  @Override
  public void stop(Throwable cause) {
    if (complete()) {
      String id = operationId;
      try {
        if (id != null) {
          services().runner().cancel(id, cause);
        }
        CompletableFuture<Map<String, Object>> f = pending;
        if (f != null) {
          f.cancel(false);
        }
      } finally {
        recordOnBuild(null, "aborted: " + cause);
        context.onFailure(cause);
      }
    }
  }

  @Override
  public void onResume() {
    if (completed) {
      return;
    }
    String id = operationId;
    if (id == null) {
      finish(
          null,
          new IllegalStateException(
              request.functionName() + " had not started when Jenkins restarted; run it again"));
      return;
    }
    // Re-attaching resolves credentials and reads engine state: keep it off the Pipeline thread.
    services()
        .background()
        .execute(
            () -> {
              try {
                attach(services().runner().reattach(id, request, resolve()).result());
              } catch (Exception e) {
                finish(null, e);
              }
            });
  }

  @Override
  public String getStatus() {
    return completed
        ? request.functionName() + " on '" + request.server() + "' completed"
        : "waiting for "
            + request.functionName()
            + " on WSUS server '"
            + request.server()
            + "' (operation "
            + operationId
            + ")";
  }

  String operationId() {
    return operationId;
  }

  /** Replaces the services (tests; after deserialization they are the production ones). */
  void useServices(OperationServices services) {
    this.services = services;
  }

  private OperationContext resolve() throws Exception {
    Run<?, ?> run = context.get(Run.class);
    TaskListener listener = context.get(TaskListener.class);
    return services().resolver().resolve(request, run, listener);
  }

  private void attach(CompletableFuture<Map<String, Object>> result) {
    pending = result;
    result.whenComplete(this::finish);
  }

  private void finish(Map<String, Object> result, Throwable error) {
    if (!complete()) {
      return;
    }
    if (error != null) {
      Throwable cause = unwrap(error);
      recordOnBuild(null, String.valueOf(cause.getMessage()));
      context.onFailure(cause);
      return;
    }
    Map<String, Object> plain = ResultMaps.plain(result);
    Optional<String> failure = request.failureOf(plain);
    recordOnBuild(plain, failure.orElse(null));
    if (failure.isPresent()) {
      context.onFailure(new OperationFailedException(failure.get()));
    } else {
      context.onSuccess(plain);
    }
  }

  /** Adds the outcome to the build's WSUS page; never fails the step for it. */
  private void recordOnBuild(Map<String, Object> result, String failure) {
    try {
      Run<?, ?> run = context.get(Run.class);
      if (run != null) {
        WsusBuildAction.record(run, request, result, failure);
      }
    } catch (Exception e) {
      // The step's outcome matters more than its page; the build log still has it.
    }
  }

  /** Marks the step completed; true only for the first caller, so the context completes once. */
  private synchronized boolean complete() {
    if (completed) {
      return false;
    }
    completed = true;
    return true;
  }

  private OperationServices services() {
    OperationServices s = services;
    if (s == null) {
      s = OperationServices.production();
      services = s;
    }
    return s;
  }

  private static Throwable unwrap(Throwable error) {
    Throwable e = error;
    while ((e instanceof CompletionException || e instanceof ExecutionException)
        && e.getCause() != null) {
      e = e.getCause();
    }
    if (e instanceof CancellationException) {
      return new OperationFailedException("the operation was cancelled");
    }
    return e;
  }
}
