package io.jenkins.plugins.wsus.ops;

import io.jenkins.plugins.wsus.form.Check;
import io.jenkins.plugins.wsus.form.Durations;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Model object of {@code wsusApprove} and the freestyle "WSUS: approve" step. */
public final class ApproveOperation extends ServerOperation {
  private static final long serialVersionUID = 1L;

  static final Duration MAX_RELATIVE_DEADLINE = Duration.ofDays(90);

  private String group = "";
  private List<String> kbs = new ArrayList<>();
  private String fromGroup;
  private String action = "install";
  private String deadline;

  public ApproveOperation(String server) {
    super(server);
  }

  @Override
  public String functionName() {
    return "wsusApprove";
  }

  /** The target group (ring) to approve for, e.g. {@code Ring 1}. */
  public String getGroup() {
    return group;
  }

  public void setGroup(String group) {
    this.group = group == null ? "" : group.trim();
  }

  public List<String> getKbs() {
    return List.copyOf(kbs);
  }

  public void setKbs(List<String> kbs) {
    this.kbs = new ArrayList<>(Kbs.tokens(kbs));
  }

  /** Approve every update already approved for this group (promote a ring); optional. */
  public String getFromGroup() {
    return fromGroup;
  }

  public void setFromGroup(String fromGroup) {
    this.fromGroup = fromGroup == null || fromGroup.isBlank() ? null : fromGroup.trim();
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action == null || action.isBlank() ? "install" : action.trim();
  }

  /** An ISO-8601 date-time with offset, or a duration after the approval; null for none. */
  public String getDeadline() {
    return deadline;
  }

  public void setDeadline(String deadline) {
    this.deadline = deadline == null || deadline.isBlank() ? null : deadline.trim();
  }

  public static Check checkGroup(String value) {
    return value == null || value.isBlank()
        ? Check.error("group is required: the target group (ring) to approve for, e.g. Ring 1")
        : Check.ok();
  }

  /** The source group of a promotion: optional, and not the group being approved for. */
  public static Check checkFromGroup(String value, String group) {
    if (value != null
        && !value.isBlank()
        && group != null
        && value.trim().equalsIgnoreCase(group.trim())) {
      return Check.error("fromGroup must differ from group");
    }
    return Check.ok();
  }

  public static Check checkAction(String value) {
    try {
      ApprovalKind.parse(value);
      return Check.ok();
    } catch (IllegalArgumentException e) {
      return Check.error(e.getMessage());
    }
  }

  public static Check checkKbs(String value) {
    List<String> problems = Kbs.problems("kbs", Kbs.tokens(List.of(value == null ? "" : value)));
    return problems.isEmpty() ? Check.ok() : Check.error(problems.get(0));
  }

  public static Check checkDeadline(String value) {
    if (value == null || value.isBlank()) {
      return Check.ok();
    }
    try {
      OffsetDateTime.parse(value.trim());
      return Check.ok();
    } catch (DateTimeParseException notADate) {
      Check relative =
          Durations.check("deadline", value, Duration.ofMinutes(1), MAX_RELATIVE_DEADLINE);
      return relative.isError()
          ? Check.error(
              "deadline '"
                  + value.trim()
                  + "' is neither an ISO-8601 date-time with offset (2025-07-15T18:00:00Z) nor a"
                  + " duration between 1m and 90d (3d, 36h)")
          : relative;
    }
  }

  @Override
  protected void addProblems(List<String> problems) {
    add(problems, checkGroup(group));
    add(problems, checkAction(action));
    add(problems, checkDeadline(deadline));
    problems.addAll(Kbs.problems("kbs", kbs));
    if (kbs.isEmpty() && fromGroup == null) {
      problems.add("give kbs (updates to approve) or fromGroup (promote that group's approvals)");
    }
    add(problems, checkFromGroup(fromGroup, group));
  }

  @Override
  protected ApproveRequest build() {
    Instant at = null;
    Duration after = null;
    if (deadline != null) {
      try {
        at = OffsetDateTime.parse(deadline).toInstant();
      } catch (DateTimeParseException relative) {
        after = Durations.parse(deadline);
      }
    }
    return new ApproveRequest(
        getServer(), group, Kbs.normalized(kbs), fromGroup, ApprovalKind.parse(action), at, after);
  }

  private Object readResolve() {
    if (group == null) {
      group = "";
    }
    if (kbs == null) {
      kbs = new ArrayList<>();
    }
    if (action == null) {
      action = "install";
    }
    return this;
  }
}
