package io.jenkins.plugins.wsus.core.catalog.imports;

import java.util.UUID;

/**
 * One chosen catalog update and what the import did with it.
 *
 * @param updateId the catalog update id (the same id in WSUS)
 * @param revision the revision the server shows, null when it shows none
 * @param title the title (the server's once verified, else the catalog's)
 * @param kb the KB it was chosen for, e.g. "KB5062572"
 * @param status imported, already present, failed or not attempted
 * @param verification the check that the server knows it, null when not reached
 * @param approval the approval, null when none was asked or not reached
 * @param journalEntry the import's journal entry, null when nothing was imported
 * @param failure why it was not delivered (or its approval failed), null when all went well
 */
public record UpdateImport(
    UUID updateId,
    Integer revision,
    String title,
    String kb,
    UpdateStatus status,
    Verification verification,
    ApprovalResult approval,
    String journalEntry,
    ImportFailure failure) {

  /** Whether the update is on the server and, if an approval was asked, approved. */
  public boolean succeeded() {
    return status.isDelivered() && failure == null && (approval == null || approval.approved());
  }
}
