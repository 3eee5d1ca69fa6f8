package io.jenkins.plugins.wsus.simulator.auth;

/** An NTLM message that is malformed or not acceptable; the server answers 401. */
public final class NtlmException extends Exception {
  private static final long serialVersionUID = 1L;

  public NtlmException(String message) {
    super(message);
  }
}
