package io.jenkins.plugins.wsus.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar on a terminal ({@code [#######.......] 50% Updates 500/1000}); where the
 * output is not a terminal, a plain line each time the percentage moves by ten or the label
 * changes, so logs stay readable.
 */
final class ProgressBar {
  private static final int WIDTH = 30;

  private final PrintStream out;
  private final boolean terminal;
  private String lastLabel = "";
  private int lastTenth = -1;
  private boolean drawn;

  ProgressBar(PrintStream out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  /** Shows {@code done} of {@code total} (total 0 means unknown) with a label. */
  synchronized void update(String label, long done, long total) {
    int percent = total > 0 ? (int) Math.min(100, Math.max(0, done * 100 / total)) : 0;
    if (terminal) {
      int filled = percent * WIDTH / 100;
      String bar = "#".repeat(filled) + ".".repeat(WIDTH - filled);
      String counts = total > 0 ? done + "/" + total : "";
      out.print(
          String.format(Locale.ROOT, "\r[%s] %3d%% %-12s %s   ", bar, percent, label, counts));
      out.flush();
      drawn = true;
    } else if (!label.equals(lastLabel) || percent / 10 != lastTenth) {
      out.println(
          String.format(
              Locale.ROOT, "  %3d%% %s %s", percent, label, total > 0 ? done + "/" + total : ""));
    }
    lastLabel = label;
    lastTenth = percent / 10;
  }

  /** Ends the bar's line so the next message starts on a fresh one. */
  synchronized void finish() {
    if (terminal && drawn) {
      out.println();
    }
    drawn = false;
    lastLabel = "";
    lastTenth = -1;
  }
}
