package io.jenkins.plugins.wsus.core.evidence;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a {@link RunRecord} as one self-contained HTML page an auditor can open anywhere: inline
 * CSS, no scripts, no external images, fonts or links; every value HTML-escaped.
 */
public final class HtmlReport {
  private static final Set<EventType> DECISIONS =
      EnumSet.of(
          EventType.FALLBACK_DECISION,
          EventType.QUARANTINE,
          EventType.GATE,
          EventType.IMPORT,
          EventType.APPROVAL);

  private static final String CSS =
      "body{font-family:system-ui,Segoe UI,Arial,sans-serif;margin:2em;color:#222}"
          + "h1{font-size:1.4em}h2{font-size:1.1em;margin-top:1.6em;border-bottom:1px solid #ccc}"
          + "table{border-collapse:collapse;width:100%;font-size:.9em}"
          + "th,td{border:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top}"
          + "th{background:#f3f3f3}.ok{color:#176f2c;font-weight:bold}"
          + ".fail{color:#a4161a;font-weight:bold}.muted{color:#666}"
          + "code{font-family:Consolas,monospace;font-size:.95em}";

  private HtmlReport() {}

  /** The page. */
  public static String render(RunRecord run) {
    StringBuilder h = new StringBuilder(8192);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
    h.append("<title>WSUS run ").append(esc(run.runId())).append("</title>");
    h.append("<style>").append(CSS).append("</style></head><body>\n");
    h.append("<h1>WSUS synchronization run ").append(esc(run.runId())).append("</h1>\n");

    h.append("<table>");
    row(h, "Server", run.server());
    row(h, "Started", ts(run.startedAt()));
    row(h, "Finished", ts(run.finishedAt()));
    h.append("<tr><th>Outcome</th><td class=\"")
        .append(run.succeeded() ? "ok" : "fail")
        .append("\">")
        .append(esc(run.outcome()))
        .append("</td></tr>");
    row(h, "Path", run.path() == null ? "" : run.path().name());
    h.append("</table>\n");

    h.append("<h2>Request</h2>\n<table>");
    for (Map.Entry<String, String> e : run.request().entrySet()) {
      row(h, e.getKey(), e.getValue());
    }
    h.append("</table>\n");

    h.append("<h2>Outage window</h2>\n");
    Outage outage = run.outage();
    if (outage == null) {
      h.append("<p class=\"muted\">No failure was seen during this run.</p>\n");
    } else {
      h.append("<table>");
      row(h, "First failure", ts(outage.start()));
      row(
          h,
          "First success after it",
          outage.ongoing() ? "none (ongoing at the end of the run)" : ts(outage.end()));
      row(h, outage.ongoing() ? "Duration so far" : "Duration", duration(outage.duration()));
      h.append("</table>\n");
    }

    section(
        h, "Decisions", run.events().stream().filter(e -> DECISIONS.contains(e.type())).toList());
    section(
        h,
        "Journal steps",
        run.events().stream().filter(e -> e.type() == EventType.JOURNAL).toList());
    section(
        h,
        "Circuit breaker transitions",
        run.events().stream().filter(e -> e.type() == EventType.BREAKER_TRANSITION).toList());
    section(h, "Timeline", run.events());
    h.append("</body></html>\n");
    return h.toString();
  }

  private static void section(StringBuilder h, String title, List<EvidenceEvent> events) {
    h.append("<h2>").append(esc(title)).append("</h2>\n");
    if (events.isEmpty()) {
      h.append("<p class=\"muted\">None.</p>\n");
      return;
    }
    h.append("<table><tr><th>Time (UTC)</th><th>Type</th><th>What</th><th>Details</th></tr>\n");
    for (EvidenceEvent e : events) {
      h.append("<tr><td><code>")
          .append(esc(ts(e.at())))
          .append("</code></td><td>")
          .append(esc(e.type().name()))
          .append("</td><td>")
          .append(esc(e.message()))
          .append("</td><td>");
      boolean first = true;
      for (Map.Entry<String, String> f : e.fields().entrySet()) {
        if (!first) {
          h.append("<br>");
        }
        first = false;
        h.append("<b>").append(esc(f.getKey())).append("</b>: ").append(esc(f.getValue()));
      }
      h.append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private static void row(StringBuilder h, String key, String value) {
    h.append("<tr><th>")
        .append(esc(key))
        .append("</th><td>")
        .append(esc(value))
        .append("</td></tr>");
  }

  private static String ts(Instant at) {
    return at == null ? "" : at.toString();
  }

  private static String duration(Duration d) {
    if (d == null) {
      return "";
    }
    long s = d.getSeconds();
    return String.format(
        java.util.Locale.ROOT, "%dh %02dm %02ds (%s)", s / 3600, (s % 3600) / 60, s % 60, d);
  }

  /** Escapes text for HTML element content and attribute values. */
  public static String esc(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
            out.append(' '); // control characters have no place in a report
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
