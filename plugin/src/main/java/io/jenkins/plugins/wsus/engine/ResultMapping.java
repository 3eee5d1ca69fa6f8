package io.jenkins.plugins.wsus.engine;

import io.jenkins.plugins.wsus.core.engine.QuarantinedCategory;
import io.jenkins.plugins.wsus.core.engine.SyncOutcome;
import io.jenkins.plugins.wsus.core.health.GateResult;
import io.jenkins.plugins.wsus.core.health.ServerHealth;
import io.jenkins.plugins.wsus.ops.ResultKeys;
import io.jenkins.plugins.wsus.ops.ResultMaps;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Core results as the plain maps Pipeline scripts receive (keys in {@link ResultKeys}). */
final class ResultMapping {
  private ResultMapping() {}

  static Map<String, Object> sync(
      SyncOutcome o, String evidence, List<Map<String, Object>> timeline) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(ResultKeys.OUTCOME, o.result().name());
    m.put(ResultKeys.PATH, o.path().name().toLowerCase(Locale.ROOT));
    m.put(ResultKeys.START, o.start());
    m.put(ResultKeys.END, o.end());
    m.put(ResultKeys.ATTEMPTS, o.attempts());
    m.put(ResultKeys.ERROR_CLASS, o.errorClass());
    m.put(
        ResultKeys.QUARANTINED_CLASSIFICATIONS,
        o.quarantined().stream().map(QuarantinedCategory::title).toList());
    m.put(ResultKeys.IMPORTED_UPDATES, o.importedUpdates());
    m.put(ResultKeys.EVIDENCE, evidence);
    m.put(ResultKeys.TIMELINE, timeline);
    return ResultMaps.plain(m);
  }

  static Map<String, Object> health(ServerHealth h) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("server", h.server());
    m.put(ResultKeys.VERDICT, h.verdict().name());
    m.put(ResultKeys.REASONS, h.reasons());
    m.put(ResultKeys.LAST_SUCCESS, h.lastSuccessAt());
    Map<String, Object> breakers = new LinkedHashMap<>();
    h.breakerStates().forEach((name, state) -> breakers.put(name, state.name()));
    m.put(ResultKeys.BREAKERS, breakers);
    m.put("quarantine", h.quarantine());
    m.put("syncedSinceLatestRelease", h.syncedSinceLatestRelease());
    return ResultMaps.plain(m);
  }

  static Map<String, Object> gate(GateResult r, Duration waited) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(ResultKeys.PASSED, r.decision() == GateResult.Decision.PASS);
    m.put("decision", r.decision().name());
    m.put(ResultKeys.VERDICT, r.health() == null ? null : r.health().verdict().name());
    m.put(ResultKeys.REASONS, r.reasons());
    m.put(ResultKeys.WAITED, waited.toSeconds());
    m.put("timedOut", r.timedOut());
    return ResultMaps.plain(m);
  }
}
