package io.jenkins.plugins.wsus.core.orchestrator;

import io.jenkins.plugins.wsus.core.model.ApprovalAction;
import java.time.Instant;
import java.util.List;

/**
 * Approve updates for a target group: the updates of {@code kbs}, and those this product approved
 * for {@code fromGroup} on the same server (promoting a ring to the next).
 *
 * @param server the configured server name
 * @param group the target group to approve for, e.g. "Ring 2 - Broad"
 * @param kbs KB numbers, may be empty when {@code fromGroup} is given
 * @param fromGroup the previous ring's group, or null
 * @param action install or uninstall
 * @param deadline the installation deadline, or null
 * @param runId identifies the run in the journal and the evidence
 * @param requestedBy who asked
 */
public record ApprovalRequest(
    String server,
    String group,
    List<String> kbs,
    String fromGroup,
    ApprovalAction action,
    Instant deadline,
    String runId,
    String requestedBy) {
  public ApprovalRequest {
    if (group == null || group.isBlank()) {
      throw new IllegalArgumentException("approve: the target group must be named");
    }
    kbs = List.copyOf(kbs == null ? List.of() : kbs);
    if (kbs.isEmpty() && (fromGroup == null || fromGroup.isBlank())) {
      throw new IllegalArgumentException("approve: give KBs, a group to promote from, or both");
    }
    action = action == null ? ApprovalAction.INSTALL : action;
  }
}
