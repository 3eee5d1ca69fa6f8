package io.jenkins.plugins.wsus.core.orchestrator;

import io.jenkins.plugins.wsus.core.model.UserRole;

/**
 * What "Test connection" found: the server answered, its version, and the account's role.
 *
 * @param server the server's configured name
 * @param version GetServerVersion
 * @param role GetCurrentUserRole: ADMINISTRATOR can sync and approve, REPORTER only read
 */
public record ConnectionCheck(String server, String version, UserRole role) {
  /** A sentence for a form or a log. */
  public String describe() {
    return "Connected to "
        + server
        + " (WSUS "
        + version
        + ") as "
        + switch (role) {
          case ADMINISTRATOR -> "a WSUS administrator: syncs, quarantines and approvals will work";
          case REPORTER ->
              "a WSUS reporter: health and gates work; syncs and approvals will be refused";
          case NONE -> "an account without a WSUS role: every operation will be refused";
          default -> "an account whose role WSUS did not report";
        };
  }
}
