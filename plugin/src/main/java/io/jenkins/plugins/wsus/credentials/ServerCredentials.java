package io.jenkins.plugins.wsus.credentials;

import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import hudson.model.Run;
import hudson.util.ListBoxModel;
import java.util.List;

/**
 * Resolves a WSUS server's credentials ID at the moment of use. The ID is set by an administrator
 * in the global configuration, so it is looked up in Jenkins' own store as the system (as other
 * global server configurations do); a build's use is recorded with {@code
 * CredentialsProvider.track}.
 */
public final class ServerCredentials {
  private ServerCredentials() {}

  /** The username/password credentials an administrator may pick (empty choice first). */
  public static ListBoxModel choices() {
    ListBoxModel all =
        CredentialsProvider.listCredentialsInItemGroup(
            StandardUsernamePasswordCredentials.class,
            null,
            null,
            List.of(),
            CredentialsMatchers.always());
    ListBoxModel result = new ListBoxModel();
    result.add("- none -", "");
    result.addAll(all);
    return result;
  }

  /** Resolves {@code id} for a configuration check (Test connection); nothing is tracked. */
  public static UsernamePassword resolve(String id) {
    return UsernamePasswordReader.read(id, find(id));
  }

  /** Resolves {@code id} for a build and records the use on the build. */
  public static UsernamePassword resolveFor(Run<?, ?> run, String id) {
    StandardUsernamePasswordCredentials credentials = find(id);
    if (run != null) {
      CredentialsProvider.track(run, credentials);
    }
    return UsernamePasswordReader.read(id, credentials);
  }

  private static StandardUsernamePasswordCredentials find(String id) {
    if (id == null || id.isBlank()) {
      throw new CredentialsUnusableException("", "no credentials ID is configured for the server");
    }
    StandardUsernamePasswordCredentials found =
        CredentialsMatchers.firstOrNull(
            CredentialsProvider.lookupCredentialsInItemGroup(
                StandardUsernamePasswordCredentials.class, null, null, List.of()),
            CredentialsMatchers.withId(id));
    if (found == null) {
      throw new CredentialsUnusableException(
          id, "no username/password credentials with this ID in Jenkins' global store");
    }
    return found;
  }
}
