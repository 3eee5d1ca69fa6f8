package io.jenkins.plugins.wsus.fakes;

import io.jenkins.plugins.wsus.ops.OperationContext;
import io.jenkins.plugins.wsus.ops.OperationRequest;
import io.jenkins.plugins.wsus.ops.OperationRunner;
import io.jenkins.plugins.wsus.ops.RunningOperation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** An engine stand-in: hands out futures the test completes, and records every call. */
public final class FakeRunner implements OperationRunner {
  public final List<OperationRequest> started = new ArrayList<>();
  public final List<String> reattached = new ArrayList<>();
  public final List<String> cancelled = new ArrayList<>();
  public final List<OperationContext> contexts = new ArrayList<>();
  public CompletableFuture<Map<String, Object>> next = new CompletableFuture<>();

  @Override
  public synchronized RunningOperation start(OperationRequest request, OperationContext context) {
    started.add(request);
    contexts.add(context);
    return new RunningOperation("op-" + started.size(), next);
  }

  @Override
  public synchronized RunningOperation reattach(
      String operationId, OperationRequest request, OperationContext context) {
    reattached.add(operationId);
    contexts.add(context);
    return new RunningOperation(operationId, next);
  }

  @Override
  public synchronized void cancel(String operationId, Throwable cause) {
    cancelled.add(operationId);
  }
}
