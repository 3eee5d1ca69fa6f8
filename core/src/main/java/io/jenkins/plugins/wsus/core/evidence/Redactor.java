package io.jenkins.plugins.wsus.core.evidence;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Keeps secrets out of evidence: values of secret-looking keys are masked, and every known secret
 * value is masked wherever it appears in a text (an error message that echoes a password).
 */
public final class Redactor {
  /** What replaces a secret. */
  public static final String MASK = "********";

  private static final Pattern SECRET_KEY =
      Pattern.compile("(?i).*(password|passwd|secret|token|credential|apikey|api_key).*");

  private final List<String> secrets;

  private Redactor(List<String> secrets) {
    this.secrets = secrets;
  }

  /** A redactor for these secret values (blank ones ignored; longest first). */
  public static Redactor forSecrets(Collection<String> secrets) {
    return new Redactor(
        secrets.stream()
            .filter(Objects::nonNull)
            .filter(s -> !s.isBlank())
            .distinct()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList());
  }

  /** A redactor that only masks secret-looking keys. */
  public static Redactor keysOnly() {
    return new Redactor(List.of());
  }

  /** Whether a field name looks like it holds a secret. */
  public static boolean isSecretKey(String key) {
    return key != null && SECRET_KEY.matcher(key.toLowerCase(Locale.ROOT)).matches();
  }

  /** The text with every known secret masked. */
  public String text(String text) {
    if (text == null) {
      return null;
    }
    String result = text;
    for (String secret : secrets) {
      result = result.replace(secret, MASK);
    }
    return result;
  }

  /** A field's value: masked entirely when its key looks secret, else {@link #text}. */
  public String field(String key, String value) {
    return isSecretKey(key) && value != null ? MASK : text(value);
  }
}
