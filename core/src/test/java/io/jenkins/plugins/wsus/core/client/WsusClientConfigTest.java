package io.jenkins.plugins.wsus.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Configuration validation names the wrong field; nothing prints the password. */
class WsusClientConfigTest {

  private static WsusClientConfig.Builder valid() {
    return WsusClientConfig.builder()
        .baseUrl("https://wsus01.corp:8531/")
        .account("corp\\svc-wsus")
        .password("Pa55word!".toCharArray());
  }

  @Test
  void buildsWithDefaultsAndAppendsTheServicePath() {
    WsusClientConfig config = valid().build();
    assertThat(config.serviceUrl().toString())
        .isEqualTo("https://wsus01.corp:8531/ApiRemoting30/WebService.asmx");
    assertThat(config.serverName()).isEqualTo("https://wsus01.corp:8531");
    assertThat(config.account()).isEqualTo(new WsusAccount("svc-wsus", "CORP"));
    assertThat(config.maxResponseBytes()).isEqualTo(8L * 1024 * 1024);
    assertThat(config.https()).isTrue();
  }

  @Test
  void toStringNeverShowsThePassword() {
    WsusClientConfig config = valid().build();
    assertThat(config.toString()).doesNotContain("Pa55word!").contains("****");
    assertThat(config.password().toString()).isEqualTo("****");
    assertThat(String.valueOf(config.password().reveal())).isEqualTo("Pa55word!");
  }

  @Test
  void rejectsBadFieldsByName() {
    assertThatThrownBy(() -> valid().baseUrl(null).build()).hasMessageContaining("baseUrl");
    assertThatThrownBy(() -> valid().baseUrl("ftp://wsus01").build())
        .hasMessageContaining("http:// or https://");
    assertThatThrownBy(
            () -> valid().baseUrl("http://wsus01:8530/ApiRemoting30/WebService.asmx").build())
        .hasMessageContaining("must not have a path");
    assertThatThrownBy(() -> valid().baseUrl("http://admin:hunter2@wsus01:8530").build())
        .hasMessageContaining("must not contain credentials")
        .hasMessageNotContaining("hunter2");
    assertThatThrownBy(() -> valid().baseUrl("http://admin:hunter2@wsus01:8530/x y").build())
        .hasMessageNotContaining("hunter2");
    assertThatThrownBy(() -> valid().account("").build()).hasMessageContaining("account");
    assertThatThrownBy(() -> valid().account("corp\\").build()).hasMessageContaining("account");
    assertThatThrownBy(() -> valid().account("a\\b@c").build()).hasMessageContaining("ambiguous");
    assertThatThrownBy(() -> valid().password((char[]) null).build())
        .hasMessageContaining("password");
    assertThatThrownBy(() -> valid().password(new char[0]).build())
        .hasMessageContaining("password");
    assertThatThrownBy(() -> valid().responseTimeout(Duration.ZERO).build())
        .hasMessageContaining("responseTimeout");
    assertThatThrownBy(() -> valid().connectTimeout(Duration.ofSeconds(-1)).build())
        .hasMessageContaining("connectTimeout");
    assertThatThrownBy(() -> valid().maxResponseBytes(10).build())
        .hasMessageContaining("maxResponseBytes");
    assertThatThrownBy(() -> valid().maxConnections(0).build())
        .hasMessageContaining("maxConnections");
    assertThatThrownBy(() -> valid().caPem("not a pem").build()).hasMessageContaining("caPem");
    assertThatThrownBy(
            () ->
                valid()
                    .baseUrl("http://wsus01:8530")
                    .caPem("-----BEGIN CERTIFICATE-----\nAA==\n-----END CERTIFICATE-----")
                    .build())
        .hasMessageContaining("not https");
    assertThatThrownBy(
            () -> valid().caPemFile(java.nio.file.Path.of("/nonexistent/ca.pem")).build())
        .hasMessageContaining("caPemFile");
  }

  @Test
  void accountFormsAreSplitAndTheDomainUpperCased() {
    assertThat(WsusAccount.parse("corp\\svc")).isEqualTo(new WsusAccount("svc", "CORP"));
    assertThat(WsusAccount.parse("svc@corp.example"))
        .isEqualTo(new WsusAccount("svc", "CORP.EXAMPLE"));
    assertThat(WsusAccount.parse("svc")).isEqualTo(new WsusAccount("svc", ""));
    assertThat(WsusAccount.parse(" Corp\\Svc ").qualifiedName()).isEqualTo("CORP\\Svc");
    assertThatThrownBy(() -> WsusAccount.parse("@corp"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WsusAccount.parse("a@b@c"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aBadCaBundleFailsAtClientCreationWithAClearMessage() {
    WsusClientConfig config =
        valid().caPem("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----").build();
    assertThatThrownBy(() -> new ApiRemotingClient(config).close())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("caPem");
  }
}
