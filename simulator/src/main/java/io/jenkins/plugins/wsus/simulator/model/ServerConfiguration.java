package io.jenkins.plugins.wsus.simulator.model;

import java.util.UUID;

/**
 * The configuration fields the simulator models (the rest of ConfigurationTableRow is written with
 * fixed, plausible values).
 *
 * @param serverId the server's id
 * @param syncToMU sync from Microsoft Update (true) or an upstream WSUS (false)
 * @param upstreamServerName upstream WSUS name when not syncing from Microsoft Update
 * @param serverPortNumber upstream port
 * @param upstreamServerUseSsl upstream over HTTPS
 * @param replicaMode replica (downstream copying approvals)
 * @param useProxy proxy on
 * @param proxyName proxy host
 * @param proxyServerPort proxy port
 * @param muUrl Microsoft Update URL
 * @param subscriptionFailureNumberOfRetries retries after a failed sync
 * @param subscriptionFailureWaitBetweenRetriesTime wait between retries (as on the wire)
 */
public record ServerConfiguration(
    UUID serverId,
    boolean syncToMU,
    String upstreamServerName,
    int serverPortNumber,
    boolean upstreamServerUseSsl,
    boolean replicaMode,
    boolean useProxy,
    String proxyName,
    int proxyServerPort,
    String muUrl,
    int subscriptionFailureNumberOfRetries,
    long subscriptionFailureWaitBetweenRetriesTime) {

  /** A server syncing from Microsoft Update with the defaults of a fresh install. */
  public static ServerConfiguration defaults(boolean replica) {
    return new ServerConfiguration(
        UUID.fromString("5e6b5a8e-2f0c-4d6e-9f61-0b7c1c2b9a01"),
        !replica,
        replica ? "wsus-upstream.corp.example" : "",
        replica ? 8530 : 80,
        false,
        replica,
        false,
        "",
        80,
        "https://sws.update.microsoft.com",
        2,
        // 15 minutes in .NET ticks: "A downstream WSUS retries twice about 15 minutes apart" (§1).
        15L * 60 * 10_000_000);
  }
}
