package io.jenkins.plugins.wsus.form;

import io.jenkins.plugins.wsus.core.util.DurationText;
import java.time.Duration;

/**
 * Parses the durations users type into forms and Pipeline arguments: {@code 30s}, {@code 15m},
 * {@code 2h}, {@code 1d}, combinations such as {@code 1h30m}, {@code 0}, or ISO-8601 ({@code
 * PT2H}).
 */
public final class Durations {

  private Durations() {}

  /**
   * @throws IllegalArgumentException naming the text and the accepted forms
   */
  public static Duration parse(String text) {
    return DurationText.parse(text);
  }

  /** Checks that {@code text} is a duration between {@code min} and {@code max}. */
  public static Check check(String what, String text, Duration min, Duration max) {
    Duration d;
    try {
      d = parse(text);
    } catch (IllegalArgumentException e) {
      return Check.error(what + ": " + e.getMessage());
    }
    if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
      return Check.error(
          what + " must be between " + format(min) + " and " + format(max) + ", was " + format(d));
    }
    return Check.ok();
  }

  /** Short form: {@code 1h30m}, {@code 45s}, {@code 0}. */
  public static String format(Duration d) {
    if (d.isZero()) {
      return "0";
    }
    StringBuilder sb = new StringBuilder();
    long days = d.toDays();
    if (days > 0) {
      sb.append(days).append('d');
    }
    if (d.toHoursPart() > 0) {
      sb.append(d.toHoursPart()).append('h');
    }
    if (d.toMinutesPart() > 0) {
      sb.append(d.toMinutesPart()).append('m');
    }
    if (d.toSecondsPart() > 0) {
      sb.append(d.toSecondsPart()).append('s');
    }
    if (d.toMillisPart() > 0) {
      sb.append(d.toMillisPart()).append("ms");
    }
    return sb.toString();
  }
}
