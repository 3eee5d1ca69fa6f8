package io.jenkins.plugins.wsus.core.client;

import java.time.Duration;

/** Client configurations for loopback tests. */
final class ClientTestConfigs {

  private ClientTestConfigs() {}

  static WsusClientConfig.Builder loopback(String baseUrl) {
    return WsusClientConfig.builder()
        .serverName("loopback")
        .baseUrl(baseUrl)
        .account("corp\\svc-wsus")
        .password("S3cret-Pa55!".toCharArray())
        .connectTimeout(Duration.ofSeconds(2))
        .responseTimeout(Duration.ofSeconds(2));
  }
}
