package io.jenkins.plugins.wsus.core.resilience;

import java.util.Objects;

/**
 * The class of one failure and a human reason (what was recognised), e.g. TRANSIENT_NETWORK
 * "upstream timed out (\"The operation has timed out\")".
 */
public record Classification(ErrorClass errorClass, String reason) {
  public Classification {
    Objects.requireNonNull(errorClass, "errorClass");
    Objects.requireNonNull(reason, "reason");
  }

  /** The policy from {@link ErrorClassTable}. */
  public ErrorPolicy policy() {
    return ErrorClassTable.policyOf(errorClass);
  }

  @Override
  public String toString() {
    return errorClass + ": " + reason;
  }
}
