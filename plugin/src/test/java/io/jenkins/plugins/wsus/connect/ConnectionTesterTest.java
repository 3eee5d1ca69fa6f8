package io.jenkins.plugins.wsus.connect;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.wsus.core.client.Secret;
import io.jenkins.plugins.wsus.core.client.WsusApi;
import io.jenkins.plugins.wsus.core.client.WsusClientConfig;
import io.jenkins.plugins.wsus.core.client.WsusException;
import io.jenkins.plugins.wsus.core.client.WsusNetworkException;
import io.jenkins.plugins.wsus.core.model.UserRole;
import io.jenkins.plugins.wsus.credentials.CredentialsUnusableException;
import io.jenkins.plugins.wsus.credentials.UsernamePassword;
import io.jenkins.plugins.wsus.form.Check;
import io.jenkins.plugins.wsus.form.Check.Level;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * "Test connection" checks the form first, resolves credentials, calls GetServerVersion and
 * GetCurrentUserRole once, reports the role, and never shows the password.
 */
class ConnectionTesterTest {
  private static final String PASSWORD = "Pa55-never-shown!";
  private final List<WsusClientConfig> opened = new ArrayList<>();
  private final List<String> calls = new ArrayList<>();

  private Function<WsusClientConfig, WsusApi> server(UserRole role, WsusException failure) {
    return config -> {
      opened.add(config);
      return (WsusApi)
          Proxy.newProxyInstance(
              WsusApi.class.getClassLoader(),
              new Class<?>[] {WsusApi.class},
              (proxy, method, args) -> {
                calls.add(method.getName());
                return switch (method.getName()) {
                  case "getServerVersion" -> {
                    if (failure != null) {
                      throw failure;
                    }
                    yield "10.0.20348.1";
                  }
                  case "getCurrentUserRole" -> role;
                  case "close" -> null;
                  default -> throw new UnsupportedOperationException(method.getName());
                };
              });
    };
  }

  private ConnectionTester tester(Function<WsusClientConfig, WsusApi> clients) {
    return new ConnectionTester(
        id -> {
          if (!id.equals("wsus-admin")) {
            throw new CredentialsUnusableException(
                id, "no username/password credentials with this ID");
          }
          return new UsernamePassword("CORP\\svc-wsus", Secret.of(PASSWORD));
        },
        clients);
  }

  private Check test(ConnectionTester tester, String url, String credentialsId) {
    return tester.test("hq", url, credentialsId, "", "10", "60");
  }

  @Test
  void anAdministratorAccountPasses() {
    Check check =
        test(tester(server(UserRole.ADMINISTRATOR, null)), "https://wsus01:8531", "wsus-admin");
    assertThat(check.level()).isEqualTo(Level.OK);
    assertThat(check.message())
        .isEqualTo("Connected to WSUS 10.0.20348.1 as CORP\\svc-wsus: role Administrator");
    assertThat(calls).containsExactly("getServerVersion", "getCurrentUserRole", "close");
    assertThat(opened.get(0).serviceUrl().toString())
        .isEqualTo("https://wsus01:8531/ApiRemoting30/WebService.asmx");
  }

  @Test
  void aReporterIsAWarningAndNoRoleAnError() {
    assertThat(
            test(tester(server(UserRole.REPORTER, null)), "https://wsus01:8531", "wsus-admin")
                .level())
        .isEqualTo(Level.WARNING);
    Check none = test(tester(server(UserRole.NONE, null)), "https://wsus01:8531", "wsus-admin");
    assertThat(none.level()).isEqualTo(Level.ERROR);
    assertThat(none.message()).endsWith("Add the account to the WSUS Administrators group");
  }

  @Test
  void aNetworkFailureIsReportedWithCoresMessage() {
    WsusNetworkException refused =
        new WsusNetworkException(
            "GetServerVersion", "hq", WsusNetworkException.Kind.CONNECTION_REFUSED, null, null);
    Check check =
        test(tester(server(UserRole.ADMINISTRATOR, refused)), "https://wsus01:8531", "wsus-admin");
    assertThat(check.level()).isEqualTo(Level.ERROR);
    assertThat(check.message()).startsWith("GetServerVersion on hq: connection refused");
    assertThat(calls).contains("close");
  }

  @Test
  void formErrorsAndUnusableCredentialsStopBeforeAnyCall() {
    ConnectionTester tester = tester(server(UserRole.ADMINISTRATOR, null));
    assertThat(test(tester, "wsus01", "wsus-admin").message()).contains("http:// or https://");
    assertThat(test(tester, "https://wsus01:8531", "").message())
        .startsWith("Credentials are required");
    assertThat(test(tester, "https://wsus01:8531", "other").message())
        .isEqualTo(
            "Credentials 'other' cannot be used for WSUS: no username/password credentials with this ID");
    assertThat(tester.test("hq", "https://wsus01:8531", "wsus-admin", "", "0", "60").message())
        .contains("Connect timeout (seconds) must be between 1 and 600");
    assertThat(opened).isEmpty();
  }

  @Test
  void thePasswordAppearsInNoMessage() {
    for (UserRole role : UserRole.values()) {
      assertThat(test(tester(server(role, null)), "https://wsus01:8531", "wsus-admin").message())
          .doesNotContain(PASSWORD);
    }
    assertThat(opened.get(0).toString()).doesNotContain(PASSWORD);
  }
}
