package com.cloudbees.plugins.credentials;

/**
 * Declaration of the credentials plugin's {@code CredentialsMatchers}: only what the plugin uses.
 */
public class CredentialsMatchers {
  private CredentialsMatchers() {}

  public static CredentialsMatcher always() {
    throw new UnsupportedOperationException("compile-only declaration");
  }

  public static CredentialsMatcher withId(String id) {
    throw new UnsupportedOperationException("compile-only declaration");
  }

  public static <C extends Credentials> C firstOrNull(
      Iterable<C> credentials, CredentialsMatcher matcher) {
    throw new UnsupportedOperationException("compile-only declaration");
  }
}
