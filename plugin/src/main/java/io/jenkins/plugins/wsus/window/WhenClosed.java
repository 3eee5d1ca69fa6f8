package io.jenkins.plugins.wsus.window;

import java.util.Locale;

/** What {@code wsusPatchWindow} does when no window is open. */
public enum WhenClosed {
  /** Complete at the next window's start (scheduled on a timer; no thread is held). */
  WAIT,
  /**
   * Return at once with {@code open: false, skipped: true}; the Pipeline decides with {@code if}.
   */
  SKIP,
  /** Fail the step with a message naming the next window. */
  FAIL;

  /** The Pipeline spelling: {@code wait}, {@code skip} or {@code fail}. */
  public String argument() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads {@code wait}, {@code skip} or {@code fail} (case-insensitive); blank means wait. */
  public static WhenClosed parse(String text) {
    if (text == null || text.isBlank()) {
      return WAIT;
    }
    for (WhenClosed w : values()) {
      if (w.argument().equalsIgnoreCase(text.strip())) {
        return w;
      }
    }
    throw new IllegalArgumentException(
        "whenClosed must be 'wait', 'skip' or 'fail', was '" + text.strip() + "'");
  }
}
