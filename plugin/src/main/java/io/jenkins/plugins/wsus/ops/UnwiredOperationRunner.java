package io.jenkins.plugins.wsus.ops;

import java.util.concurrent.CompletableFuture;

/** Used until the engine is wired in: every operation fails at once, saying why. */
final class UnwiredOperationRunner implements OperationRunner {
  static final String MESSAGE =
      "the WSUS Orchestrator engine is not available in this build of the plugin";

  @Override
  public RunningOperation start(OperationRequest request, OperationContext context) {
    return failed(request);
  }

  @Override
  public RunningOperation reattach(
      String operationId, OperationRequest request, OperationContext context) {
    return failed(request);
  }

  @Override
  public void cancel(String operationId, Throwable cause) {}

  private static RunningOperation failed(OperationRequest request) {
    return new RunningOperation(
        "unwired",
        CompletableFuture.failedFuture(
            new IllegalStateException(request.functionName() + ": " + MESSAGE)));
  }
}
