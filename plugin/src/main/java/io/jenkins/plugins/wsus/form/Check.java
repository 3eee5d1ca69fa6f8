package io.jenkins.plugins.wsus.form;

/**
 * The outcome of checking one form field, independent of Jenkins so it can be tested without a
 * running controller. {@link Checks#toForm(Check)} turns it into a {@code FormValidation}.
 *
 * @param level how bad it is
 * @param message what is wrong and how to fix it; empty for a plain OK
 */
public record Check(Level level, String message) {
  /** How bad a check result is. */
  public enum Level {
    OK,
    WARNING,
    ERROR
  }

  private static final Check OK = new Check(Level.OK, "");

  public Check {
    message = message == null ? "" : message;
  }

  public static Check ok() {
    return OK;
  }

  public static Check ok(String message) {
    return new Check(Level.OK, message);
  }

  public static Check warning(String message) {
    return new Check(Level.WARNING, message);
  }

  public static Check error(String message) {
    return new Check(Level.ERROR, message);
  }

  public boolean isError() {
    return level == Level.ERROR;
  }
}
