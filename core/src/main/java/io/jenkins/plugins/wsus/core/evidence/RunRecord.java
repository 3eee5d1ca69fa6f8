package io.jenkins.plugins.wsus.core.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything an auditor needs about one run: what was asked, every event, the outcome and path, and
 * the outage window. Secrets have been redacted by the {@link RunRecorder} before they get here.
 *
 * @param runId the run
 * @param server the WSUS server
 * @param request the request summary (redacted)
 * @param startedAt when the run started
 * @param finishedAt when it finished
 * @param events every event, oldest first
 * @param outcome the outcome in words
 * @param succeeded whether the run reached its goal
 * @param path which path got the updates
 * @param outage the outage window derived from the events, null when nothing failed
 */
public record RunRecord(
    String runId,
    String server,
    Map<String, String> request,
    Instant startedAt,
    Instant finishedAt,
    List<EvidenceEvent> events,
    String outcome,
    boolean succeeded,
    SyncPath path,
    Outage outage) {
  public RunRecord {
    request =
        request == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(request));
    events = events == null ? List.of() : List.copyOf(events);
  }
}
