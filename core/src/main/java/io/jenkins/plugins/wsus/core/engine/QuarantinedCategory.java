package io.jenkins.plugins.wsus.core.engine;

import java.util.UUID;

/**
 * A classification or product excluded from a sync because its revisions made the sync fail.
 *
 * @param id the category id
 * @param title the title the server gave it (may be null)
 * @param product true for a product, false for a classification
 */
public record QuarantinedCategory(UUID id, String title, boolean product) {
  /** How logs and evidence name it: "classification Updates". */
  @Override
  public String toString() {
    return (product ? "product " : "classification ") + title;
  }
}
