package io.jenkins.plugins.wsus;

import hudson.Extension;
import java.util.ArrayList;
import java.util.List;
import jenkins.model.GlobalConfiguration;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * Manage Jenkins → System → "WSUS Orchestrator": the WSUS servers jobs may talk to. Bound by
 * configuration-as-code through the {@code wsusOrchestrator} symbol.
 */
@Extension
@Symbol("wsusOrchestrator")
public class WsusOrchestratorConfiguration extends GlobalConfiguration {
  private final Object lock = new Object();
  private List<WsusServer> servers = new ArrayList<>();

  public WsusOrchestratorConfiguration() {
    load();
  }

  @Override
  public String getDisplayName() {
    return "WSUS Orchestrator";
  }

  public List<WsusServer> getServers() {
    synchronized (lock) {
      return List.copyOf(servers == null ? List.of() : servers);
    }
  }

  @DataBoundSetter
  public void setServers(List<WsusServer> servers) {
    synchronized (lock) {
      this.servers = servers == null ? new ArrayList<>() : new ArrayList<>(servers);
    }
    save();
  }

  /** Fields added in later versions come back null from old XML; default them here. */
  protected Object readResolve() {
    if (servers == null) {
      servers = new ArrayList<>();
    }
    return this;
  }
}
