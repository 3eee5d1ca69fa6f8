package io.jenkins.plugins.wsus.cli;

import io.jenkins.plugins.wsus.core.engine.SyncListener;
import io.jenkins.plugins.wsus.core.model.SyncProgress;
import java.io.PrintStream;

/**
 * A sync's log lines on the console. On a terminal, WSUS's progress is a bar redrawn in place; in a
 * log file it stays as the engine's own "progress:" lines.
 */
final class ConsoleSyncListener implements SyncListener {
  private static final String PROGRESS = "progress: ";

  private final PrintStream out;
  private final ProgressBar bar;
  private final boolean terminal;
  private final String prefix;

  ConsoleSyncListener(PrintStream out, boolean terminal, String prefix) {
    this.out = out;
    this.bar = new ProgressBar(out, terminal);
    this.terminal = terminal;
    this.prefix = prefix;
  }

  @Override
  public void onMessage(String line) {
    if (terminal && line.startsWith(PROGRESS)) {
      return; // the bar shows it
    }
    bar.finish();
    out.println(prefix + line);
  }

  @Override
  public void onProgress(SyncProgress progress) {
    if (terminal) {
      bar.update(progress.phase().wsusName(), progress.processed(), progress.total());
    }
  }

  void done() {
    bar.finish();
  }
}
