package io.jenkins.plugins.wsus.status;

import hudson.ExtensionList;
import java.util.List;

/** Finds the {@link OrchestratorStatus}: the first registered extension, else an empty one. */
public final class OrchestratorStatuses {
  /** The status shown until the engine is wired: empty, refuses changes. */
  public static final OrchestratorStatus UNWIRED =
      new OrchestratorStatus() {
        @Override
        public boolean available() {
          return false;
        }

        @Override
        public List<ServerHealth> servers() {
          return List.of();
        }

        @Override
        public List<BreakerState> breakers() {
          return List.of();
        }

        @Override
        public List<Quarantine> quarantines() {
          return List.of();
        }

        @Override
        public List<JournalEntry> journal(int limit) {
          return List.of();
        }

        @Override
        public void resetBreaker(String label) {
          throw new IllegalStateException("the WSUS Orchestrator engine is not available");
        }

        @Override
        public void restoreQuarantine(String server, String classification) {
          throw new IllegalStateException("the WSUS Orchestrator engine is not available");
        }
      };

  private OrchestratorStatuses() {}

  public static OrchestratorStatus current() {
    ExtensionList<OrchestratorStatus> all = ExtensionList.lookup(OrchestratorStatus.class);
    return all.isEmpty() ? UNWIRED : all.get(0);
  }
}
