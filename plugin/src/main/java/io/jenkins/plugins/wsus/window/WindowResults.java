package io.jenkins.plugins.wsus.window;

import io.jenkins.plugins.wsus.core.calendar.PatchWindow;
import java.util.LinkedHashMap;
import java.util.Map;

/** The plain Map {@code wsusPatchWindow} returns (safe for CPS and the sandbox). */
final class WindowResults {
  private WindowResults() {}

  /**
   * {@code open}, {@code skipped}, {@code waited} and {@code window}: the open window, or the next
   * one when closed ({@code release}, {@code ring}, {@code group}, {@code start}, {@code end} as
   * ISO-8601 instants, {@code zone}, {@code description}).
   */
  static Map<String, Object> of(PatchWindow window, boolean open, boolean skipped, boolean waited) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("open", open);
    result.put("skipped", skipped);
    result.put("waited", waited);
    result.put("window", window == null ? null : window(window));
    return result;
  }

  static Map<String, Object> window(PatchWindow w) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("release", w.release().toString());
    m.put("ring", w.ring());
    m.put("group", w.targetGroup());
    m.put("start", w.start().toString());
    m.put("end", w.end().toString());
    m.put("zone", w.zone().getId());
    m.put("description", WindowPlans.describe(w));
    return m;
  }
}
