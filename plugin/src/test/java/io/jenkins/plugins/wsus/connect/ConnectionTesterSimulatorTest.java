package io.jenkins.plugins.wsus.connect;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.wsus.core.client.ApiRemotingClient;
import io.jenkins.plugins.wsus.core.client.Secret;
import io.jenkins.plugins.wsus.credentials.CredentialsUnusableException;
import io.jenkins.plugins.wsus.credentials.UsernamePassword;
import io.jenkins.plugins.wsus.form.Check;
import io.jenkins.plugins.wsus.form.Check.Level;
import io.jenkins.plugins.wsus.simulator.SimAccount;
import io.jenkins.plugins.wsus.simulator.WsusSimulator;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "Test connection" end to end: core's real client over HTTPS (trusting the configured CA PEM) and
 * NTLM against the simulator's real SOAP endpoint on loopback.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ConnectionTesterSimulatorTest {
  private static WsusSimulator sim;

  @BeforeAll
  static void startSimulator() {
    sim = WsusSimulator.start();
  }

  @AfterAll
  static void stopSimulator() {
    if (sim != null) {
      sim.close();
    }
  }

  private static ConnectionTester tester() {
    return new ConnectionTester(
        id ->
            switch (id) {
              case "admin" -> account(SimAccount.defaultAdministrator());
              case "reporter" -> account(SimAccount.defaultReporter());
              case "wrong-password" ->
                  new UsernamePassword("CORP\\wsusadmin", Secret.of("not-the-password"));
              default -> throw new CredentialsUnusableException(id, "unknown");
            },
        ApiRemotingClient::new);
  }

  private static UsernamePassword account(SimAccount a) {
    return new UsernamePassword(a.qualifiedName(), Secret.of(a.password()));
  }

  private static Check test(String credentialsId) {
    return tester().test("sim", sim.httpsUrl(), credentialsId, sim.caCertificatePem(), "5", "10");
  }

  @Test
  void anAdministratorConnectsOverHttpsWithTheConfiguredCa() {
    Check check = test("admin");
    assertThat(check.level()).as(check.message()).isEqualTo(Level.OK);
    assertThat(check.message())
        .startsWith("Connected to WSUS " + sim.options().serverVersion())
        .endsWith("role Administrator");
  }

  @Test
  void aReporterIsReportedAsSuch() {
    Check check = test("reporter");
    assertThat(check.level()).as(check.message()).isEqualTo(Level.WARNING);
    assertThat(check.message()).contains("role Reporter");
  }

  @Test
  void aWrongPasswordIsAnErrorThatDoesNotShowIt() {
    Check check = test("wrong-password");
    assertThat(check.level()).isEqualTo(Level.ERROR);
    assertThat(check.message()).doesNotContain("not-the-password");
  }

  @Test
  void withoutTheCaTheTlsHandshakeFailsClearly() {
    Check check = tester().test("sim", sim.httpsUrl(), "admin", "", "5", "10");
    assertThat(check.level()).isEqualTo(Level.ERROR);
    assertThat(check.message()).containsIgnoringCase("TLS");
  }
}
