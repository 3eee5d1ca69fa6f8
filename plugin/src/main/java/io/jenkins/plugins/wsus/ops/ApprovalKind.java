package io.jenkins.plugins.wsus.ops;

import java.util.Locale;

/** What an approval lets clients do with the update. */
public enum ApprovalKind {
  INSTALL,
  UNINSTALL;

  /**
   * @throws IllegalArgumentException naming the accepted values
   */
  public static ApprovalKind parse(String text) {
    if (text == null || text.isBlank()) {
      return INSTALL;
    }
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "action '" + text.trim() + "' is not one of: install, uninstall");
    }
  }
}
