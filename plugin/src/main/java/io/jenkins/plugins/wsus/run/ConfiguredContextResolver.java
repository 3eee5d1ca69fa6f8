package io.jenkins.plugins.wsus.run;

import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.wsus.WsusOrchestratorConfiguration;
import io.jenkins.plugins.wsus.WsusServer;
import io.jenkins.plugins.wsus.connect.ClientConfigs;
import io.jenkins.plugins.wsus.credentials.ServerCredentials;
import io.jenkins.plugins.wsus.ops.EngineSettings;
import io.jenkins.plugins.wsus.ops.OperationContext;
import io.jenkins.plugins.wsus.ops.OperationRequest;
import java.nio.file.Path;

/**
 * The production resolver: the server from the global configuration, its credentials resolved now
 * and tracked on the build, the settings as they are now.
 */
public final class ConfiguredContextResolver implements ContextResolver {
  @Override
  public OperationContext resolve(OperationRequest request, Run<?, ?> run, TaskListener listener) {
    WsusOrchestratorConfiguration config = WsusOrchestratorConfiguration.get();
    WsusServer server = ServerLookup.find(config.getServers(), request.server());
    Path state = config.stateDirectory();
    Path evidence =
        run == null
            ? state.resolve("evidence")
            : run.getRootDir().toPath().resolve("wsus-evidence");
    return new OperationContext(
        server.getName(),
        ClientConfigs.from(server, ServerCredentials.resolveFor(run, server.getCredentialsId())),
        server.effectiveUpstreamLabel(),
        EngineSettings.of(
            config.getResilience(), config.getCatalog(), config.getEvidenceRetentionDays()),
        state,
        evidence,
        run == null ? "" : run.getExternalizableId(),
        listener.getLogger());
  }
}
