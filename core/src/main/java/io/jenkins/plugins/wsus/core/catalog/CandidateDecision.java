package io.jenkins.plugins.wsus.core.catalog;

import java.util.UUID;

/**
 * Why one catalog update was chosen or skipped, for the evidence report.
 *
 * @param updateId the catalog update id
 * @param title its title
 * @param reason the machine-readable reason
 * @param explanation one human sentence
 */
public record CandidateDecision(
    UUID updateId, String title, CandidateReason reason, String explanation) {
  /** Whether the candidate was chosen. */
  public boolean chosen() {
    return reason.isChosen();
  }
}
