package io.jenkins.plugins.wsus.core.client;

import java.util.Locale;

/**
 * A Windows account split into user and domain, as NTLM needs them. Accepts DOMAIN&#92;user, {@code
 * user@domain} and a bare {@code user} (no domain, e.g. a local account). The domain is kept in
 * UPPER CASE: HttpClient's NTLM engine hashes the domain as given but sends it uppercased, and a
 * strict server recomputes the hash from what was sent (see wsus-facts.md section 1).
 *
 * @param user the user name, as given
 * @param domain the domain in upper case, empty when none
 */
public record WsusAccount(String user, String domain) {

  public WsusAccount {
    if (user == null || user.isBlank()) {
      throw new IllegalArgumentException("account: the user name must not be empty");
    }
    domain = domain == null ? "" : domain.toUpperCase(Locale.ROOT);
  }

  /**
   * Parses DOMAIN&#92;user, {@code user@domain} or {@code user}.
   *
   * @throws IllegalArgumentException naming what is wrong with the account text
   */
  public static WsusAccount parse(String account) {
    if (account == null || account.isBlank()) {
      throw new IllegalArgumentException(
          "account must not be empty: use DOMAIN\\user or user@domain");
    }
    String text = account.trim();
    int backslash = text.indexOf('\\');
    if (backslash >= 0) {
      if (text.indexOf('\\', backslash + 1) >= 0 || text.indexOf('@') >= 0) {
        throw new IllegalArgumentException(
            "account '" + text + "' is ambiguous: use either DOMAIN\\user or user@domain");
      }
      String domain = text.substring(0, backslash);
      String user = text.substring(backslash + 1);
      if (domain.isBlank() || user.isBlank()) {
        throw new IllegalArgumentException(
            "account '" + text + "' must have a domain and a user on both sides of '\\'");
      }
      return new WsusAccount(user, domain);
    }
    int at = text.lastIndexOf('@');
    if (at >= 0) {
      String user = text.substring(0, at);
      String domain = text.substring(at + 1);
      if (user.isBlank() || domain.isBlank() || user.indexOf('@') >= 0) {
        throw new IllegalArgumentException(
            "account '" + text + "' must be user@domain with one '@'");
      }
      return new WsusAccount(user, domain);
    }
    return new WsusAccount(text, "");
  }

  /** The account as DOMAIN&#92;user (or {@code user} without a domain). */
  public String qualifiedName() {
    return domain.isEmpty() ? user : domain + "\\" + user;
  }

  @Override
  public String toString() {
    return qualifiedName();
  }
}
