package io.jenkins.plugins.wsus.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.wsus.form.Check.Level;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks behind the doCheck methods: what passes, what fails, and the messages users see. */
class FieldChecksTest {
  @Test
  void serverNames() {
    assertThat(FieldChecks.serverName("wsus-hq.corp_1").level()).isEqualTo(Level.OK);
    assertThat(FieldChecks.serverName(" ").message()).startsWith("Name is required");
    assertThat(FieldChecks.serverName("wsus hq").message()).contains("letters, digits");
    assertThat(FieldChecks.serverName("x".repeat(65)).isError()).isTrue();
  }

  @Test
  void serverUrls() {
    assertThat(FieldChecks.serverUrl("https://wsus01.corp.example:8531").level())
        .isEqualTo(Level.OK);
    assertThat(FieldChecks.serverUrl("http://wsus01:8530").level()).isEqualTo(Level.WARNING);
    assertThat(FieldChecks.serverUrl("ftp://wsus01").message()).contains("http:// or https://");
    assertThat(FieldChecks.serverUrl("https://wsus01:8531/ApiRemoting30/WebService.asmx").message())
        .contains("must not have a path");
    assertThat(FieldChecks.serverUrl("https://wsus01:70000").isError()).isTrue();
    assertThat(FieldChecks.serverUrl("https://wsus01?x=1").message()).contains("query");
    assertThat(FieldChecks.serverUrl("").message()).startsWith("URL is required");
  }

  @Test
  void aUrlWithAPasswordIsRefusedWithoutEchoingIt() {
    Check check = FieldChecks.serverUrl("https://admin:S3cret!@wsus01:8531");
    assertThat(check.isError()).isTrue();
    assertThat(check.message()).doesNotContain("S3cret").contains("use credentials");
  }

  @Test
  void caCertificates() throws IOException {
    String pem;
    try (InputStream in = getClass().getResourceAsStream("test-ca.pem")) {
      pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }
    assertThat(FieldChecks.caCertificate(pem, "https://wsus01:8531"))
        .isEqualTo(Check.ok("1 certificate"));
    assertThat(FieldChecks.caCertificate(pem + pem, "https://wsus01:8531").message())
        .isEqualTo("2 certificates");
    assertThat(FieldChecks.caCertificate("", "http://wsus01").level()).isEqualTo(Level.OK);
    assertThat(FieldChecks.caCertificate(pem, "http://wsus01:8530").message())
        .contains("only used with https");
    assertThat(FieldChecks.caCertificate("not a certificate", null).message()).contains("PEM text");
    String broken = "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n";
    assertThat(FieldChecks.caCertificate(broken, null).message()).contains("does not parse");
  }

  @Test
  void upstreamLabels() {
    assertThat(FieldChecks.upstreamLabel("").level()).isEqualTo(Level.OK);
    assertThat(FieldChecks.upstreamLabel("microsoft-update").level()).isEqualTo(Level.OK);
    assertThat(FieldChecks.upstreamLabel("micro soft").isError()).isTrue();
  }

  @Test
  void numbersInRange() {
    assertThat(FieldChecks.intInRange("Retry attempts", "4", 1, 10).isError()).isFalse();
    assertThat(FieldChecks.intInRange("Retry attempts", "11", 1, 10).message())
        .isEqualTo("Retry attempts must be between 1 and 10, was 11");
    assertThat(FieldChecks.intInRange("Retry attempts", "four", 1, 10).message())
        .isEqualTo("Retry attempts must be a whole number, was 'four'");
    assertThat(FieldChecks.intInRange("Retry attempts", null, 1, 10).isError()).isTrue();
  }

  @Test
  void hostLists() {
    assertThat(FieldChecks.splitHosts("A.example.com\n b.example.com, a.example.com"))
        .containsExactly("a.example.com", "b.example.com");
    assertThat(
            FieldChecks.hostList("Allowed download hosts", "download.windowsupdate.com").isError())
        .isFalse();
    assertThat(FieldChecks.hostList("Allowed download hosts", "https://evil.example/x").message())
        .contains("not host names");
    assertThat(FieldChecks.hostList("Allowed download hosts", " ").message())
        .contains("at least one host");
  }

  @Test
  void duplicateNamesIgnoreCase() {
    assertThat(FieldChecks.duplicates(List.of("wsus-hq", "wsus-br", "WSUS-HQ")))
        .containsExactly("WSUS-HQ");
  }

  @Test
  void durations() {
    assertThat(Durations.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
    assertThat(Durations.parse("PT2H")).isEqualTo(Duration.ofHours(2));
    assertThat(Durations.parse("0")).isEqualTo(Duration.ZERO);
    assertThat(Durations.parse(" 2D ")).isEqualTo(Duration.ofDays(2));
    assertThat(Durations.format(Duration.ofMinutes(90))).isEqualTo("1h30m");
    assertThatThrownBy(() -> Durations.parse("2 hours"))
        .hasMessage("'2 hours' is not a duration; use e.g. 30s, 15m, 2h, 1d, 1h30m or PT2H");
    assertThat(Durations.check("wait", "8d", Duration.ZERO, Duration.ofDays(7)).message())
        .isEqualTo("wait must be between 0 and 7d, was 8d");
  }
}
