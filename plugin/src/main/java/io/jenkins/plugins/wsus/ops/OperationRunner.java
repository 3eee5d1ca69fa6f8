package io.jenkins.plugins.wsus.ops;

import hudson.ExtensionPoint;

/**
 * THE SEAM TO THE ENGINE. Steps and builders hand every operation to the first {@code @Extension}
 * implementing this interface (see {@link OperationRunners#current()}); until the engine is wired,
 * {@link UnwiredOperationRunner} fails each operation with a clear message.
 *
 * <p>Contract: {@link #start} and {@link #reattach} return at once; waiting (polling a sync, a
 * gate's wait, backoff) is the engine's, scheduled on its own timer, never on the caller's thread.
 * The result future completes with a plain map (keys in {@link ResultKeys}) or exceptionally with
 * an exception whose message says what failed (never a secret). The engine persists each operation
 * under the returned id in {@link OperationContext#stateDirectory()} so that, after a controller
 * restart, {@link #reattach} can resume waiting for it.
 */
public interface OperationRunner extends ExtensionPoint {

  /** Starts {@code request}; never blocks. */
  RunningOperation start(OperationRequest request, OperationContext context);

  /**
   * Re-attaches to an operation started before a controller restart; never blocks. When the engine
   * no longer knows {@code operationId} the future fails, saying so.
   */
  RunningOperation reattach(String operationId, OperationRequest request, OperationContext context);

  /** Stops the operation (the build was aborted); idempotent, never blocks. */
  void cancel(String operationId, Throwable cause);
}
