package io.jenkins.plugins.wsus.core.catalog.imports;

import io.jenkins.plugins.wsus.core.model.ApprovalAction;
import java.time.Instant;
import java.util.UUID;

/**
 * The approval of one delivered update.
 *
 * @param targetGroup the target group's name
 * @param targetGroupId its id on the server (null when it was not found)
 * @param action the approval action
 * @param deadline the deadline, null for none
 * @param approved whether the server accepted the approval
 * @param journalEntry the approval's journal entry, null when none was written
 * @param detail what happened, in words
 */
public record ApprovalResult(
    String targetGroup,
    UUID targetGroupId,
    ApprovalAction action,
    Instant deadline,
    boolean approved,
    String journalEntry,
    String detail) {}
