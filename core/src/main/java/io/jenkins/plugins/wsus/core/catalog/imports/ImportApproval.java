package io.jenkins.plugins.wsus.core.catalog.imports;

import io.jenkins.plugins.wsus.core.model.ApprovalAction;
import java.time.Instant;
import java.util.Objects;

/**
 * Approve every delivered update for one target group after the import.
 *
 * @param targetGroup the target group's name as WSUS shows it, e.g. "Ring 1 - Pilot"
 * @param action install, uninstall or not approved ({@link ApprovalAction#ALL} is refused)
 * @param deadline the installation deadline, null for none
 */
public record ImportApproval(String targetGroup, ApprovalAction action, Instant deadline) {
  public ImportApproval {
    if (targetGroup == null || targetGroup.isBlank()) {
      throw new IllegalArgumentException("approval: the target group must be named");
    }
    targetGroup = targetGroup.trim();
    Objects.requireNonNull(action, "approval: action");
    if (action == ApprovalAction.ALL) {
      throw new IllegalArgumentException(
          "approval: action ALL is a search filter, not something one can approve; use INSTALL,"
              + " UNINSTALL or NOT_APPROVED");
    }
  }

  /** Approve for install in {@code targetGroup}, without deadline. */
  public static ImportApproval install(String targetGroup) {
    return new ImportApproval(targetGroup, ApprovalAction.INSTALL, null);
  }

  /** The same approval with a deadline. */
  public ImportApproval withDeadline(Instant value) {
    return new ImportApproval(targetGroup, action, value);
  }
}
