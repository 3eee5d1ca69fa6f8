package io.jenkins.plugins.wsus.core.client;

import java.util.Arrays;

/**
 * A password held as characters, never printed: {@link #toString()} is masked, so it cannot leak
 * through logs, exception messages or records that contain it.
 */
public final class Secret {
  private final char[] chars;

  private Secret(char[] chars) {
    this.chars = chars.clone();
  }

  /** A secret holding a copy of {@code chars}; the caller may wipe its own array afterwards. */
  public static Secret of(char[] chars) {
    if (chars == null) {
      throw new IllegalArgumentException("password must not be null");
    }
    return new Secret(chars);
  }

  /** A secret holding the characters of {@code text}. */
  public static Secret of(String text) {
    if (text == null) {
      throw new IllegalArgumentException("password must not be null");
    }
    return new Secret(text.toCharArray());
  }

  /** A copy of the characters; wipe it after use. */
  public char[] reveal() {
    return chars.clone();
  }

  /** Whether the secret has no characters. */
  public boolean isEmpty() {
    return chars.length == 0;
  }

  @Override
  public String toString() {
    return "****";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Secret other && Arrays.equals(chars, other.chars);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(chars);
  }
}
