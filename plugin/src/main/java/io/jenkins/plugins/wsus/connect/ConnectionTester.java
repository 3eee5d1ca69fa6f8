package io.jenkins.plugins.wsus.connect;

import io.jenkins.plugins.wsus.WsusServer;
import io.jenkins.plugins.wsus.core.client.ApiRemotingClient;
import io.jenkins.plugins.wsus.core.client.WsusApi;
import io.jenkins.plugins.wsus.core.client.WsusClientConfig;
import io.jenkins.plugins.wsus.core.client.WsusException;
import io.jenkins.plugins.wsus.core.model.UserRole;
import io.jenkins.plugins.wsus.credentials.CredentialsUnusableException;
import io.jenkins.plugins.wsus.credentials.ServerCredentials;
import io.jenkins.plugins.wsus.credentials.UsernamePassword;
import io.jenkins.plugins.wsus.form.Check;
import io.jenkins.plugins.wsus.form.FieldChecks;
import java.util.function.Function;

/**
 * "Test connection": checks the form's values, resolves the credentials, then calls
 * GetServerVersion and GetCurrentUserRole once each (no retry: this is a diagnosis) and reports the
 * role. Messages come from core's typed errors, which never contain the password.
 */
public final class ConnectionTester {
  private final Function<String, UsernamePassword> credentials;
  private final Function<WsusClientConfig, WsusApi> clients;

  public ConnectionTester(
      Function<String, UsernamePassword> credentials, Function<WsusClientConfig, WsusApi> clients) {
    this.credentials = credentials;
    this.clients = clients;
  }

  /** Resolves credentials from Jenkins' store and talks to WSUS with core's client. */
  public static ConnectionTester production() {
    return new ConnectionTester(ServerCredentials::resolve, ApiRemotingClient::new);
  }

  public Check test(
      String name,
      String url,
      String credentialsId,
      String caCertificate,
      String connectTimeoutSeconds,
      String responseTimeoutSeconds) {
    for (Check check :
        new Check[] {
          FieldChecks.serverUrl(url),
          WsusServer.Fields.credentialsId(credentialsId),
          FieldChecks.caCertificate(caCertificate, url),
          WsusServer.Fields.connectTimeout(connectTimeoutSeconds),
          WsusServer.Fields.responseTimeout(responseTimeoutSeconds)
        }) {
      if (check.isError()) {
        return check;
      }
    }
    WsusServer server = new WsusServer(name == null || name.isBlank() ? url : name, url);
    server.setCaCertificate(caCertificate);
    server.setConnectTimeoutSeconds(Integer.parseInt(connectTimeoutSeconds.trim()));
    server.setResponseTimeoutSeconds(Integer.parseInt(responseTimeoutSeconds.trim()));
    WsusClientConfig config;
    try {
      config = ClientConfigs.from(server, credentials.apply(credentialsId.trim()));
    } catch (CredentialsUnusableException | IllegalArgumentException e) {
      return Check.error(e.getMessage());
    }
    try (WsusApi api = clients.apply(config)) {
      String version = api.getServerVersion();
      UserRole role = api.getCurrentUserRole();
      String summary =
          "Connected to WSUS " + version + " as " + config.account() + ": role " + role.wsusName();
      return switch (role) {
        case ADMINISTRATOR -> Check.ok(summary);
        case REPORTER ->
            Check.warning(
                summary
                    + ". Health and gates work; sync, catalog import and approval need WSUS"
                    + " Administrators");
        default -> Check.error(summary + ". Add the account to the WSUS Administrators group");
      };
    } catch (WsusException e) {
      return Check.error(e.getMessage());
    } catch (RuntimeException e) {
      return Check.error("Test failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }
}
