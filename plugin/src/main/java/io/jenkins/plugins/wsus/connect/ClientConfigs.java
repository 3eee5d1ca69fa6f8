package io.jenkins.plugins.wsus.connect;

import io.jenkins.plugins.wsus.WsusServer;
import io.jenkins.plugins.wsus.core.client.WsusClientConfig;
import io.jenkins.plugins.wsus.credentials.UsernamePassword;

/** Turns a configured {@link WsusServer} and its resolved account into core's client config. */
public final class ClientConfigs {
  private ClientConfigs() {}

  /**
   * @throws IllegalArgumentException from core's validation, naming the wrong field (never the
   *     password)
   */
  public static WsusClientConfig from(WsusServer server, UsernamePassword account) {
    return WsusClientConfig.builder()
        .serverName(server.getName())
        .baseUrl(server.getUrl())
        .account(account.username())
        .password(account.password())
        .caPem(server.getCaCertificate())
        .connectTimeout(server.connectTimeout())
        .responseTimeout(server.responseTimeout())
        .kerberos(server.isKerberos())
        .build();
  }
}
