package io.jenkins.plugins.wsus.core.model;

import java.util.UUID;

/**
 * One revision of an update ({@code UpdateRevisionId}).
 *
 * @param updateId the update id
 * @param revisionNumber the revision number
 */
public record UpdateRevisionId(UUID updateId, int revisionNumber) {
  public UpdateRevisionId {
    if (updateId == null) {
      throw new IllegalArgumentException("updateId must not be null");
    }
  }
}
