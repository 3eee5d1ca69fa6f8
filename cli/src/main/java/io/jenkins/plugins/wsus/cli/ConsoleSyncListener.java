package io.jenkins.plugins.wsus.cli;

import io.jenkins.plugins.wsus.core.engine.SyncListener;
import io.jenkins.plugins.wsus.core.model.SyncProgress;
import java.io.PrintStream;

/** A sync's log lines on the console, with a progress bar while WSUS reports progress. */
final class ConsoleSyncListener implements SyncListener {
  private final PrintStream out;
  private final ProgressBar bar;
  private final String prefix;

  ConsoleSyncListener(PrintStream out, boolean terminal, String prefix) {
    this.out = out;
    this.bar = new ProgressBar(out, terminal);
    this.prefix = prefix;
  }

  @Override
  public void onMessage(String line) {
    bar.finish();
    out.println(prefix + line);
  }

  @Override
  public void onProgress(SyncProgress progress) {
    bar.update(progress.phase().wsusName(), progress.processed(), progress.total());
  }

  void done() {
    bar.finish();
  }
}
