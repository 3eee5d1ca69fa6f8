package io.jenkins.plugins.wsus.engine;

import hudson.Extension;
import io.jenkins.plugins.wsus.WsusOrchestratorConfiguration;
import io.jenkins.plugins.wsus.WsusServer;
import io.jenkins.plugins.wsus.core.journal.JournalStep;
import io.jenkins.plugins.wsus.core.orchestrator.Orchestrator;
import io.jenkins.plugins.wsus.core.orchestrator.ServerEntry;
import io.jenkins.plugins.wsus.core.resilience.Resilience;
import io.jenkins.plugins.wsus.status.OrchestratorStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The management page's view of the controller's orchestrator. */
@Extension
public final class EngineOrchestratorStatus implements OrchestratorStatus {

  @Override
  public boolean available() {
    return true;
  }

  @Override
  public List<OrchestratorStatus.ServerHealth> servers() {
    Orchestrator o = OrchestratorHost.forManagement();
    List<OrchestratorStatus.ServerHealth> result = new ArrayList<>();
    for (WsusServer server : WsusOrchestratorConfiguration.get().getServers()) {
      var health = o.lastHealth(server.getName());
      result.add(
          health
              .map(EngineOrchestratorStatus::row)
              .orElseGet(
                  () ->
                      new OrchestratorStatus.ServerHealth(
                          server.getName(),
                          "UNKNOWN",
                          List.of("no health read yet: run wsusHealth or a sync"),
                          null)));
    }
    return result;
  }

  private static OrchestratorStatus.ServerHealth row(
      io.jenkins.plugins.wsus.core.health.ServerHealth h) {
    return new OrchestratorStatus.ServerHealth(
        h.server(),
        h.verdict().name(),
        h.reasons(),
        h.lastSuccessAt() == null ? null : h.lastSuccessAt().toString());
  }

  @Override
  public List<BreakerState> breakers() {
    Orchestrator o = OrchestratorHost.forManagement();
    List<ServerEntry> servers = o.servers();
    List<BreakerState> result = new ArrayList<>();
    o.breakers()
        .forEach(
            (name, state) ->
                result.add(
                    new BreakerState(name, state.name(), null, serversBehind(name, o, servers))));
    return result;
  }

  private static List<String> serversBehind(
      String breaker, Orchestrator o, List<ServerEntry> servers) {
    return servers.stream()
        .filter(
            s ->
                breaker.equals(Resilience.server(s.name()))
                    || o.upstreamLabel(s.name())
                        .map(label -> breaker.equals(Resilience.upstream(label)))
                        .orElse(false))
        .map(ServerEntry::name)
        .toList();
  }

  @Override
  public List<Quarantine> quarantines() {
    List<Quarantine> result = new ArrayList<>();
    for (io.jenkins.plugins.wsus.core.journal.JournalEntry e :
        OrchestratorHost.forManagement().quarantines()) {
      result.add(
          new Quarantine(
              e.request().server(),
              e.request().change(),
              e.createdAt().toString(),
              e.request().reason()));
    }
    return result;
  }

  @Override
  public List<OrchestratorStatus.JournalEntry> journal(int limit) {
    List<OrchestratorStatus.JournalEntry> rows = new ArrayList<>();
    for (io.jenkins.plugins.wsus.core.journal.JournalEntry e :
        OrchestratorHost.forManagement().journal().read().entries()) {
      for (JournalStep step : e.steps()) {
        rows.add(
            new OrchestratorStatus.JournalEntry(
                step.at().toString(),
                e.request().server(),
                e.request().kind() + " " + step.state(),
                e.request().change() + (step.note() == null ? "" : " — " + step.note())));
      }
    }
    rows.sort(Comparator.comparing(OrchestratorStatus.JournalEntry::at).reversed());
    return rows.size() > limit ? List.copyOf(rows.subList(0, limit)) : rows;
  }

  @Override
  public void resetBreaker(String label) {
    OrchestratorHost.forManagement().resetBreaker(label, "the Manage Jenkins page");
  }

  @Override
  public void restoreQuarantine(String server, String classification) {
    try {
      // Restoring lifts every quarantine of the server: the journal restores original sets.
      OrchestratorHost.forManagement().restoreQuarantines(server).get(5, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while restoring " + server, e);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException(
          "could not restore the subscription of " + server + ": " + e.getMessage(), e);
    }
  }
}
