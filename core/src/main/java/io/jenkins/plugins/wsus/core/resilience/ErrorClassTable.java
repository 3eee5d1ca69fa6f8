package io.jenkins.plugins.wsus.core.resilience;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The ONE table of default policies per error class. Change a decision here and every Retry,
 * breaker and fallback follows.
 *
 * <pre>
 * class                retried  breaker  fallback   why
 * TRANSIENT_NETWORK    yes      yes      yes        may pass later; many in a row mean the path is down
 * UPSTREAM_UNAVAILABLE yes      yes      yes        the July 2025 shape: upstream down for hours
 * UPSTREAM_METADATA    no       no       yes        one bad revision fails every retry; the degraded
 *                                                   sync (quarantine) or catalog import is the answer,
 *                                                   and it must not open the breaker that guards it
 * LOCAL_DATABASE       yes      yes      no         SUSDB busy passes; a fallback needs the same DB
 * AUTHENTICATION       no       no       no         a retry cannot fix a password; must not open the
 *                                                   upstream breaker for everybody
 * CONFIGURATION        no       no       no         TLS/proxy need an administrator
 * CANCELED             no       no       no         someone decided; respect it
 * UNKNOWN              yes      yes      no         retry cautiously (bounded), never fall back blind
 * </pre>
 */
public final class ErrorClassTable {
  private static final Map<ErrorClass, ErrorPolicy> POLICIES;

  static {
    Map<ErrorClass, ErrorPolicy> table = new EnumMap<>(ErrorClass.class);
    table.put(ErrorClass.TRANSIENT_NETWORK, new ErrorPolicy(true, true, true));
    table.put(ErrorClass.UPSTREAM_UNAVAILABLE, new ErrorPolicy(true, true, true));
    table.put(ErrorClass.UPSTREAM_METADATA, new ErrorPolicy(false, false, true));
    table.put(ErrorClass.LOCAL_DATABASE, new ErrorPolicy(true, true, false));
    table.put(ErrorClass.AUTHENTICATION, new ErrorPolicy(false, false, false));
    table.put(ErrorClass.CONFIGURATION, new ErrorPolicy(false, false, false));
    table.put(ErrorClass.CANCELED, new ErrorPolicy(false, false, false));
    table.put(ErrorClass.UNKNOWN, new ErrorPolicy(true, true, false));
    POLICIES = Collections.unmodifiableMap(table);
  }

  private ErrorClassTable() {}

  /** The default policy of {@code errorClass}. */
  public static ErrorPolicy policyOf(ErrorClass errorClass) {
    return POLICIES.get(errorClass);
  }

  /** The whole table (for documentation pages and tests). */
  public static Map<ErrorClass, ErrorPolicy> all() {
    return POLICIES;
  }
}
