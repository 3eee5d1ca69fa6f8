package io.jenkins.plugins.wsus.core.journal;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A change the engine is about to make on a server, to be journaled first.
 *
 * @param runId the run making the change
 * @param server the server's name
 * @param kind what kind of change
 * @param original the sets before (SUBSCRIPTION only, else null)
 * @param intended the sets after (SUBSCRIPTION only, else null)
 * @param change the change in words, e.g. "exclude classification Updates"
 * @param reason why, e.g. the classification of the failure that caused a quarantine
 * @param completionPolicy what finishing means
 * @param details other facts (update id, revision, target group); never secrets
 */
public record ChangeRequest(
    String runId,
    String server,
    ChangeKind kind,
    SubscriptionSets original,
    SubscriptionSets intended,
    String change,
    String reason,
    CompletionPolicy completionPolicy,
    Map<String, String> details) {
  public ChangeRequest {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(server, "server");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(completionPolicy, "completionPolicy");
    if (kind == ChangeKind.SUBSCRIPTION && (original == null || intended == null)) {
      throw new IllegalArgumentException(
          "a SUBSCRIPTION change needs the original and intended sets");
    }
    details = details == null ? Map.of() : new TreeMap<>(details);
  }

  /** A subscription change (quarantine): restore the original when finished. */
  public static ChangeRequest quarantine(
      String runId,
      String server,
      SubscriptionSets original,
      SubscriptionSets intended,
      String change,
      String reason) {
    return new ChangeRequest(
        runId,
        server,
        ChangeKind.SUBSCRIPTION,
        original,
        intended,
        change,
        reason,
        CompletionPolicy.RESTORE_ORIGINAL,
        Map.of());
  }
}
