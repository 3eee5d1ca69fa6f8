package io.jenkins.plugins.wsus.engine;

import io.jenkins.plugins.wsus.core.engine.FallbackKind;
import io.jenkins.plugins.wsus.core.engine.QuarantinedCategory;
import io.jenkins.plugins.wsus.core.engine.SyncListener;
import io.jenkins.plugins.wsus.core.model.SyncProgress;
import io.jenkins.plugins.wsus.core.resilience.BreakerTransition;
import io.jenkins.plugins.wsus.core.resilience.RetryNotice;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes what happens to a sync into the build log ({@code [WSUS] ...}) and keeps the timeline the
 * build page shows: attempts, retries with their delay, breaker transitions, fallback decisions,
 * quarantines and journal steps.
 */
final class BuildLogListener implements SyncListener {
  private final PrintStream log;
  private final Clock clock;
  private final List<Map<String, Object>> timeline = new ArrayList<>();
  private String lastProgress = "";

  BuildLogListener(PrintStream log, Clock clock) {
    this.log = log;
    this.clock = clock;
  }

  synchronized List<Map<String, Object>> timeline() {
    return List.copyOf(timeline);
  }

  @Override
  public void onMessage(String line) {
    log.println("[WSUS] " + line);
  }

  @Override
  public void onAttemptStarted(int attempt, boolean attached) {
    record(
        "attempt",
        (attached ? "following the running sync" : "sync started") + ", attempt " + attempt);
  }

  @Override
  public void onProgress(SyncProgress progress) {
    // The log gets a line per phase, not per poll: enough to see it move, not enough to flood.
    String phase = progress.phase().wsusName();
    if (!phase.equals(lastProgress)) {
      lastProgress = phase;
      log.println(
          "[WSUS] phase " + phase + " (" + progress.processed() + "/" + progress.total() + ")");
    }
  }

  @Override
  public void onRetry(RetryNotice notice) {
    record("retry", notice.describe());
  }

  @Override
  public void onBreakerTransition(BreakerTransition t) {
    record(
        "breaker",
        t.name()
            + ": "
            + t.from()
            + " -> "
            + t.to()
            + (t.reason() == null ? "" : " (" + t.reason() + ")"));
  }

  @Override
  public void onFallbackDecision(FallbackKind kind, boolean taken, String why) {
    record("fallback", kind + (taken ? " taken: " : " not taken: ") + why);
  }

  @Override
  public void onQuarantine(List<QuarantinedCategory> quarantined) {
    record(
        "quarantine",
        "excluded "
            + String.join(", ", quarantined.stream().map(QuarantinedCategory::title).toList()));
  }

  @Override
  public void onJournalStep(String step, String detail) {
    record("journal", step + (detail == null ? "" : ": " + detail));
  }

  private synchronized void record(String kind, String message) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("at", clock.instant().toString());
    entry.put("kind", kind);
    entry.put("message", message);
    timeline.add(entry);
  }
}
