package io.jenkins.plugins.wsus.ops;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Approve updates for a target group (a ring): the updates with these KB numbers and/or every
 * update approved for {@code fromGroup}; optionally with an installation deadline, either absolute
 * ({@code deadlineAt}) or relative to the approval ({@code deadlineAfter}); at most one of them is
 * set.
 */
public record ApproveRequest(
    String server,
    String group,
    List<String> kbs,
    String fromGroup,
    ApprovalKind action,
    Instant deadlineAt,
    Duration deadlineAfter)
    implements OperationRequest {
  private static final long serialVersionUID = 1L;

  public ApproveRequest {
    kbs = List.copyOf(kbs);
  }

  @Override
  public String functionName() {
    return "wsusApprove";
  }
}
