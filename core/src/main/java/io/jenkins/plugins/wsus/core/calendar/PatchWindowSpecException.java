package io.jenkins.plugins.wsus.core.calendar;

/**
 * A patch window spec (or ring plan) text that does not parse. The message names the offending
 * token and its 1-based character position, so a user can find the mistake without a stack trace.
 */
public final class PatchWindowSpecException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String token;
  private final int position;
  private final String reason;

  /**
   * @param reason what is wrong, in words
   * @param token the offending text (may be empty when something is missing)
   * @param position 1-based character position of the token in the text
   */
  public PatchWindowSpecException(String reason, String token, int position) {
    super(format(reason, token, position));
    this.reason = reason;
    this.token = token;
    this.position = position;
  }

  private static String format(String reason, String token, int position) {
    String shown = token.length() > 60 ? token.substring(0, 60) + "..." : token;
    return token.isEmpty()
        ? reason + " at position " + position
        : reason + " at position " + position + ": '" + shown + "'";
  }

  /** The offending text; empty when something required is missing. */
  public String token() {
    return token;
  }

  /** 1-based character position of {@link #token()} in the parsed text. */
  public int position() {
    return position;
  }

  /** The reason alone, without position and token. */
  public String reason() {
    return reason;
  }
}
