package io.jenkins.plugins.wsus.core.engine;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Strips the wrappers futures add around the real error. */
final class Failures {
  private Failures() {}

  static Throwable unwrap(Throwable t) {
    Throwable current = t;
    while ((current instanceof CompletionException || current instanceof ExecutionException)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }
}
