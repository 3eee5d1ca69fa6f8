package io.jenkins.plugins.wsus.ops;

/**
 * The keys of the {@code Map}s the steps return (the Pipeline contract). Values are plain: String,
 * Number, Boolean, List, Map; instants as ISO-8601 strings.
 */
public final class ResultKeys {
  private ResultKeys() {}

  // wsusSync
  public static final String OUTCOME = "outcome";
  public static final String PATH = "path";
  public static final String START = "start";
  public static final String END = "end";
  public static final String ATTEMPTS = "attempts";
  public static final String ERROR_CLASS = "errorClass";
  public static final String QUARANTINED_CLASSIFICATIONS = "quarantinedClassifications";
  public static final String IMPORTED_UPDATES = "importedUpdates";
  public static final String EVIDENCE = "evidence";

  /** Build page: the attempts, breaker transitions and fallbacks, in order (a list of strings). */
  public static final String TIMELINE = "timeline";

  // wsusHealth and wsusGate
  public static final String VERDICT = "verdict";
  public static final String REASONS = "reasons";
  public static final String LAST_SUCCESS = "lastSuccess";
  public static final String BREAKERS = "breakers";
  public static final String PASSED = "passed";
  public static final String WAITED = "waited";

  // wsusCatalogImport and wsusApprove
  public static final String IMPORTED = "imported";
  public static final String SKIPPED = "skipped";
  public static final String APPROVED = "approved";
  public static final String GROUP = "group";
  public static final String DEADLINE = "deadline";
}
