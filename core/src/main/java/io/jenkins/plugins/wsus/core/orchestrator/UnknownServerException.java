package io.jenkins.plugins.wsus.core.orchestrator;

import java.util.List;

/** A request named a WSUS server that is not configured. */
public final class UnknownServerException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  UnknownServerException(String name, List<String> known) {
    super(
        "no WSUS server named '"
            + name
            + "' is configured"
            + (known.isEmpty()
                ? " (none is configured)"
                : "; configured: " + String.join(", ", known)));
  }
}
