package io.jenkins.plugins.wsus.window;

/** {@code wsusPatchWindow(whenClosed: 'fail')} found no open window; names the next one. */
public final class PatchWindowClosedException extends Exception {
  private static final long serialVersionUID = 1L;

  public PatchWindowClosedException(String message) {
    super(message, null, false, false);
  }
}
