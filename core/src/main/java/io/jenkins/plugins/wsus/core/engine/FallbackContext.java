package io.jenkins.plugins.wsus.core.engine;

import io.jenkins.plugins.wsus.core.evidence.RunRecorder;
import io.jenkins.plugins.wsus.core.resilience.Classification;
import java.util.concurrent.CompletableFuture;

/** What a {@link FallbackStrategy} may use during one flight. */
public interface FallbackContext {

  /** The request that started the flight. */
  SyncRequest request();

  /** Why the upstream path failed. */
  Classification failure();

  /** The server's or client's error text of that failure, may be null. */
  String failureText();

  /**
   * Calls the server once through its bulkhead, breaker and call timeout, off the caller thread.
   */
  <T> CompletableFuture<T> callServer(WsusCall<T> call);

  /**
   * Runs one sync attempt (start or attach, follow, read the result) without retries. Completes
   * normally on success; exceptionally with a {@link
   * io.jenkins.plugins.wsus.core.resilience.ClassifiedFailureException} (sync failure, stall, end
   * of the flight) or a client exception.
   */
  CompletableFuture<Void> runSync();

  /** Whether the flight was canceled or timed out: stop, undo changes, complete exceptionally. */
  boolean ended();

  /** The exception to complete with when {@link #ended()}, else null. */
  RuntimeException endReason();

  /** A line for every caller's log and the evidence. */
  void log(String line);

  /**
   * The flight's evidence record, for events only the strategy knows (what it imported, approved).
   * Journal steps and log lines already reach it through {@link #journalStep} and {@link #log}.
   */
  RunRecorder evidence();

  /** Reports a journal step (after it is durable) to the callers and the evidence. */
  void journalStep(String step, String detail);
}
