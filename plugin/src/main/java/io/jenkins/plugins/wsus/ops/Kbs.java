package io.jenkins.plugins.wsus.ops;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * KB numbers as users give them: a Pipeline list ({@code ['KB5062553', '5062554']}) or form text
 * (one per line, or separated by commas or spaces). Normalized to {@code KB} + digits.
 */
public final class Kbs {
  private static final Pattern KB = Pattern.compile("(?i)(kb)?(\\d{6,8})");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s,;\\[\\]'\"]+");

  private Kbs() {}

  /** Every token in {@code values}, in order, without duplicates (tokens as typed). */
  public static List<String> tokens(Collection<String> values) {
    List<String> tokens = new ArrayList<>();
    if (values != null) {
      for (String value : values) {
        if (value == null) {
          continue;
        }
        for (String t : SEPARATORS.split(value)) {
          if (!t.isBlank() && !tokens.contains(t.trim())) {
            tokens.add(t.trim());
          }
        }
      }
    }
    return tokens;
  }

  /** {@code KB5062553} for {@code kb5062553} or {@code 5062553}; null when not a KB number. */
  public static String normalize(String token) {
    var m = KB.matcher(token.trim());
    return m.matches() ? "KB" + m.group(2).toUpperCase(Locale.ROOT) : null;
  }

  /** Problems with {@code tokens}: each one that is not a KB number. */
  public static List<String> problems(String what, List<String> tokens) {
    List<String> bad = tokens.stream().filter(t -> normalize(t) == null).toList();
    return bad.isEmpty()
        ? List.of()
        : List.of(what + ": not KB numbers (KB + 6-8 digits): " + String.join(", ", bad));
  }

  /** The normalized KB numbers; call after {@link #problems} found none. */
  public static List<String> normalized(List<String> tokens) {
    List<String> result = new ArrayList<>();
    for (String t : tokens) {
      String kb = normalize(t);
      if (kb != null && !result.contains(kb)) {
        result.add(kb);
      }
    }
    return result;
  }
}
