package io.jenkins.plugins.wsus.credentials;

/** A credentials ID that does not lead to a usable user name and password. Never holds a secret. */
public final class CredentialsUnusableException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  public CredentialsUnusableException(String id, String why) {
    super("Credentials '" + id + "' cannot be used for WSUS: " + why);
  }
}
