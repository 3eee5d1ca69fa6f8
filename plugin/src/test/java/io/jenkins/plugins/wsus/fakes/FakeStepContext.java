package io.jenkins.plugins.wsus.fakes;

import hudson.model.TaskListener;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * A step context that records how the step completed. It offers a listener and no Run (a Run cannot
 * be built without Jenkins). Serializable like the real one; the log is not kept across that.
 */
public final class FakeStepContext extends StepContext {
  private static final long serialVersionUID = 1L;

  private transient BufferListener listener = new BufferListener();
  private transient CompletableFuture<Object> outcome = new CompletableFuture<>();
  private transient AtomicInteger completions = new AtomicInteger();

  @Override
  public <T> T get(Class<T> key) {
    return key == TaskListener.class ? key.cast(listener()) : null;
  }

  @Override
  public void onSuccess(Object returnValue) {
    completionsCounter().incrementAndGet();
    outcome().complete(returnValue);
  }

  @Override
  public void onFailure(Throwable t) {
    completionsCounter().incrementAndGet();
    outcome().completeExceptionally(t);
  }

  public BufferListener listener() {
    if (listener == null) {
      listener = new BufferListener();
    }
    return listener;
  }

  /** Completes with the step's return value, or exceptionally with its failure. */
  public synchronized CompletableFuture<Object> outcome() {
    if (outcome == null) {
      outcome = new CompletableFuture<>();
    }
    return outcome;
  }

  public synchronized int completions() {
    return completionsCounter().get();
  }

  private synchronized AtomicInteger completionsCounter() {
    if (completions == null) {
      completions = new AtomicInteger();
    }
    return completions;
  }
}
