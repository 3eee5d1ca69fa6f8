package io.jenkins.plugins.wsus.ops;

import io.jenkins.plugins.wsus.core.client.WsusClientConfig;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Everything an operation needs besides its request, resolved by the plugin when it runs: the
 * server's client configuration (credentials already resolved; its {@code toString} masks the
 * password), the server's upstream label, the engine settings, where state and evidence go, and the
 * build log. Never saved: it holds a password.
 *
 * @param serverName the configured server name
 * @param client how to reach the server
 * @param upstreamLabel servers with the same label share an upstream breaker
 * @param settings resilience, catalog and retention settings
 * @param stateDirectory {@code $JENKINS_HOME/wsus-orchestrator}
 * @param evidenceDirectory where this build's evidence reports go (archived with the build)
 * @param runId the build's externalizable id, e.g. {@code folder/job#12}; for evidence
 * @param log the build log; every retry and fallback is written here
 */
public record OperationContext(
    String serverName,
    WsusClientConfig client,
    String upstreamLabel,
    EngineSettings settings,
    Path stateDirectory,
    Path evidenceDirectory,
    String runId,
    PrintStream log) {}
