package io.jenkins.plugins.wsus.simulator;

import java.util.Locale;
import java.util.Objects;

/**
 * A Windows account the simulator accepts over NTLM, with its WSUS role.
 *
 * @param domain NetBIOS domain name, e.g. {@code CORP}
 * @param user account name, e.g. {@code wsusadmin}
 * @param password clear-text password (never printed: see {@link #toString()})
 * @param role the WSUS role the account holds
 */
public record SimAccount(String domain, String user, String password, Role role) {

  /** WSUS roles: members of "WSUS Administrators", "WSUS Reporters", or neither. */
  public enum Role {
    /** May read and write (member of "WSUS Administrators"). */
    ADMINISTRATOR,
    /** May read only; write operations get HTTP 403 (member of "WSUS Reporters"). */
    REPORTER,
    /** Authenticates but is in no WSUS group: every operation gets HTTP 403. */
    NONE
  }

  public SimAccount {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(role, "role");
  }

  /** The default administrator, {@code CORP\wsusadmin} with password {@code Passw0rd!}. */
  public static SimAccount defaultAdministrator() {
    return new SimAccount("CORP", "wsusadmin", "Passw0rd!", Role.ADMINISTRATOR);
  }

  /** The default reporter, {@code CORP\reporter} with password {@code Passw0rd!}. */
  public static SimAccount defaultReporter() {
    return new SimAccount("CORP", "reporter", "Passw0rd!", Role.REPORTER);
  }

  /** {@code DOMAIN\\user}, as Windows writes it. */
  public String qualifiedName() {
    return domain + "\\" + user;
  }

  /** True when this account is the one named (Windows compares names case-insensitively). */
  public boolean matches(String otherDomain, String otherUser) {
    return domain.toUpperCase(Locale.ROOT).equals(otherDomain.toUpperCase(Locale.ROOT))
        && user.toUpperCase(Locale.ROOT).equals(otherUser.toUpperCase(Locale.ROOT));
  }

  /** Never includes the password. */
  @Override
  public String toString() {
    return "SimAccount[" + qualifiedName() + ", role=" + role + "]";
  }
}
