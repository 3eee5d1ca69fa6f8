package io.jenkins.plugins.wsus.run;

import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.wsus.ops.InvalidOperationException;
import io.jenkins.plugins.wsus.ops.OperationContext;
import io.jenkins.plugins.wsus.ops.OperationRequest;
import io.jenkins.plugins.wsus.ops.ResultMaps;
import io.jenkins.plugins.wsus.ops.RunningOperation;
import io.jenkins.plugins.wsus.ops.ServerOperation;
import io.jenkins.plugins.wsus.pages.WsusBuildAction;
import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;

/**
 * Runs an operation for a freestyle build. A freestyle build holds its executor for its whole
 * duration anyway, so this waits for the result; aborting the build (interrupt) cancels the
 * operation.
 */
public final class BuilderRun {
  private BuilderRun() {}

  /**
   * @return the reason the build must fail, or empty when it succeeded
   * @throws InterruptedException when the build was aborted (the operation is cancelled first)
   */
  public static Optional<String> execute(
      ServerOperation operation, Run<?, ?> run, TaskListener listener, OperationServices services)
      throws InterruptedException {
    PrintStream log = listener.getLogger();
    OperationRequest request;
    OperationContext context;
    try {
      request = operation.toRequest();
      context = services.resolver().resolve(request, run, listener);
    } catch (InvalidOperationException e) {
      return Optional.of(e.getMessage());
    } catch (RuntimeException e) {
      return Optional.of(operation.functionName() + ": " + e.getMessage());
    }
    log.println(request.functionName() + ": starting on WSUS server '" + request.server() + "'");
    RunningOperation running = services.runner().start(request, context);
    try {
      Map<String, Object> result = ResultMaps.plain(running.result().get());
      log.println(request.functionName() + ": " + result);
      Optional<String> failure = request.failureOf(result);
      record(run, request, result, failure.orElse(null));
      return failure;
    } catch (InterruptedException e) {
      services.runner().cancel(running.id(), e);
      running.result().cancel(false);
      throw e;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      String failure = request.functionName() + " failed: " + cause.getMessage();
      record(run, request, null, failure);
      return Optional.of(failure);
    } catch (CancellationException e) {
      return Optional.of(request.functionName() + " was cancelled");
    }
  }

  private static void record(
      Run<?, ?> run, OperationRequest request, Map<String, Object> result, String failure) {
    if (run != null) {
      WsusBuildAction.record(run, request, result, failure);
    }
  }
}
