package io.jenkins.plugins.wsus.cli;

import io.jenkins.plugins.wsus.core.client.WsusClientConfig;
import io.jenkins.plugins.wsus.core.orchestrator.ServerEntry;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** How to reach one WSUS server: every server command mixes these in. */
final class ServerOptions {
  @Option(
      names = "--server-url",
      paramLabel = "URL",
      required = true,
      description =
          "The WSUS server, e.g. https://wsus01.corp.example:8531 (or WSUSCTL_SERVER_URL).")
  String url;

  @Option(
      names = "--server-name",
      paramLabel = "NAME",
      defaultValue = "wsus",
      description = "A name for the server in logs and evidence (default: ${DEFAULT-VALUE}).")
  String name;

  @Option(
      names = "--user",
      paramLabel = "ACCOUNT",
      required = true,
      description = "DOMAIN\\user or user@domain, a WSUS administrator (or WSUSCTL_USER).")
  String user;

  @Option(
      names = "--password",
      paramLabel = "PASSWORD",
      required = true,
      arity = "0..1",
      interactive = true,
      description = "The account's password; prefer the WSUSCTL_PASSWORD environment variable.")
  char[] password;

  @Option(
      names = "--ca-file",
      paramLabel = "PEM",
      description = "A PEM bundle of CA certificates to trust for HTTPS (default: the JVM's).")
  Path caFile;

  @Option(
      names = "--upstream",
      paramLabel = "LABEL",
      defaultValue = "auto",
      description =
          "Servers with the same upstream label share a circuit breaker (default: ${DEFAULT-VALUE},"
              + " read from the server's configuration: microsoft-update, or wsus:HOST:PORT).")
  String upstream;

  @Option(
      names = "--response-timeout",
      paramLabel = "DURATION",
      defaultValue = "60s",
      description = "Longest wait for the server's answer (default: ${DEFAULT-VALUE}).")
  Duration responseTimeout;

  ServerEntry entry() {
    WsusClientConfig.Builder b =
        WsusClientConfig.builder()
            .serverName(name)
            .baseUrl(url)
            .account(user)
            .password(password == null ? new char[0] : password)
            .responseTimeout(responseTimeout);
    if (caFile != null) {
      b.caPemFile(caFile);
    }
    return new ServerEntry(name, b.build(), upstream);
  }
}
