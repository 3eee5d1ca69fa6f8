package io.jenkins.plugins.wsus.ops;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pass only when the server's last successful sync is recent enough (and, if asked, after this
 * month's Patch Tuesday); wait up to {@code waitFor} for that, without holding a thread.
 */
public record GateRequest(
    String server,
    Duration maxAge,
    boolean requireAfterPatchTuesday,
    boolean allowDegraded,
    Duration waitFor)
    implements OperationRequest {
  private static final long serialVersionUID = 1L;

  @Override
  public String functionName() {
    return "wsusGate";
  }

  /** A gate whose result says {@code passed: false} fails the stage with its reasons. */
  @Override
  public Optional<String> failureOf(Map<String, Object> result) {
    if (Boolean.TRUE.equals(result.get(ResultKeys.PASSED))) {
      return Optional.empty();
    }
    Object reasons = result.get(ResultKeys.REASONS);
    String because =
        reasons instanceof List<?> list && !list.isEmpty()
            ? String.join("; ", list.stream().map(String::valueOf).toList())
            : "no reason given";
    return Optional.of("WSUS gate for server '" + server + "' is closed: " + because);
  }
}
