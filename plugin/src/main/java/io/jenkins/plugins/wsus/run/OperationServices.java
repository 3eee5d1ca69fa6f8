package io.jenkins.plugins.wsus.run;

import io.jenkins.plugins.wsus.ops.OperationRunner;
import io.jenkins.plugins.wsus.ops.OperationRunners;
import java.util.concurrent.Executor;

/**
 * What steps and builders use to run an operation: the runner, the context resolver, and an
 * executor for short background work (re-attaching after a restart). Production uses the registered
 * runner and Jenkins' shared {@code Timer}; tests pass their own.
 */
public interface OperationServices {
  OperationRunner runner();

  ContextResolver resolver();

  Executor background();

  /** The registered runner, the configured servers, and {@code jenkins.util.Timer}. */
  static OperationServices production() {
    return new OperationServices() {
      @Override
      public OperationRunner runner() {
        return OperationRunners.current();
      }

      @Override
      public ContextResolver resolver() {
        return new ConfiguredContextResolver();
      }

      @Override
      public Executor background() {
        return jenkins.util.Timer.get();
      }
    };
  }
}
