package io.jenkins.plugins.wsus.cli;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Waiting on the engine from the command line, the one place a wsusctl thread blocks. */
final class Futures {
  private Futures() {}

  static <T> T await(CompletableFuture<T> future) throws Exception {
    try {
      return future.get();
    } catch (ExecutionException | CompletionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw cause instanceof Exception x ? x : e;
    }
  }
}
