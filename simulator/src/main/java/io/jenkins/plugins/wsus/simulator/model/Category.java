package io.jenkins.plugins.wsus.simulator.model;

import java.util.UUID;

/**
 * A WSUS update category: a classification or a product.
 *
 * @param id the category id WSUS and Microsoft Update use
 * @param type "UpdateClassification", "Product", "ProductFamily" or "Company"
 * @param title English title
 * @param parentId parent category (a product's family), or null
 */
public record Category(UUID id, String type, String title, UUID parentId) {

  public static final String CLASSIFICATION = "UpdateClassification";
  public static final String PRODUCT = "Product";

  /** True for update classifications. */
  public boolean isClassification() {
    return CLASSIFICATION.equals(type);
  }
}
