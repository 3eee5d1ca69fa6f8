package io.jenkins.plugins.wsus.credentials;

import hudson.util.Secret;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Reads the user name and password of a username/password credential.
 *
 * <p>WHY reflection: {@code UsernameCredentials.getUsername()} and {@code
 * PasswordCredentials.getPassword()} are not in the Jenkins API listing the build declares from, so
 * they cannot be declared (a guessed declaration would fail only inside Jenkins). They are reached
 * here, in this one class, through the credentials plugin's own interfaces; a mismatch becomes a
 * clear {@link CredentialsUnusableException}, never a LinkageError. Replace with direct calls once
 * the listing describes those two interfaces.
 */
final class UsernamePasswordReader {
  static final String USERNAME_TYPE =
      "com.cloudbees.plugins.credentials.common.UsernameCredentials";
  static final String PASSWORD_TYPE =
      "com.cloudbees.plugins.credentials.common.PasswordCredentials";

  private UsernamePasswordReader() {}

  static UsernamePassword read(String id, Object credentials) {
    try {
      ClassLoader loader = credentials.getClass().getClassLoader();
      Method username = Class.forName(USERNAME_TYPE, false, loader).getMethod("getUsername");
      Method password = Class.forName(PASSWORD_TYPE, false, loader).getMethod("getPassword");
      Object user = username.invoke(credentials);
      Object secret = password.invoke(credentials);
      if (!(user instanceof String name) || name.isBlank()) {
        throw new CredentialsUnusableException(id, "it has no user name");
      }
      if (!(secret instanceof Secret s)) {
        throw new CredentialsUnusableException(id, "it has no password");
      }
      return new UsernamePassword(
          name, io.jenkins.plugins.wsus.core.client.Secret.of(s.getPlainText()));
    } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
      throw new CredentialsUnusableException(
          id, "the credentials plugin does not offer user name and password (" + e + ")");
    } catch (InvocationTargetException e) {
      // The cause comes from the credential's own code; name its type, never its message.
      throw new CredentialsUnusableException(
          id, "reading it failed with " + e.getCause().getClass().getName());
    }
  }
}
