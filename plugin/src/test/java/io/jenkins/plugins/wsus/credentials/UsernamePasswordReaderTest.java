package io.jenkins.plugins.wsus.credentials;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Without the credentials plugin's interfaces, reading fails with a typed, secret-free message. */
class UsernamePasswordReaderTest {
  @Test
  void anObjectThatIsNoUsernamePasswordCredentialIsRefusedClearly() {
    assertThatThrownBy(() -> UsernamePasswordReader.read("wsus-admin", new Object()))
        .isInstanceOf(CredentialsUnusableException.class)
        .hasMessageStartingWith(
            "Credentials 'wsus-admin' cannot be used for WSUS: the credentials plugin does not offer"
                + " user name and password");
  }
}
