package io.jenkins.plugins.wsus.core.engine;

import io.jenkins.plugins.wsus.core.model.ServerConfiguration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names the upstream each server syncs from, read from its own configuration ({@code SyncToMU},
 * {@code UpstreamServerName}, {@code ServerPortNumber}), so that every server behind Microsoft
 * Update, or behind the same upstream WSUS, shares one upstream breaker without anyone labelling
 * them. Remembers the last label read per server for when the configuration cannot be read.
 */
public final class UpstreamLabels {
  private final Map<String, String> known = new ConcurrentHashMap<>();

  /** The label of the upstream that {@code c} syncs from. */
  public static String of(ServerConfiguration c) {
    if (c.syncToMicrosoftUpdate()) {
      return SyncRequest.DEFAULT_UPSTREAM;
    }
    String host = c.upstreamServerName() == null ? "" : c.upstreamServerName().trim();
    if (host.isEmpty()) {
      return null; // a downstream server without an upstream: nothing to share
    }
    return "wsus:" + host.toLowerCase(Locale.ROOT) + ":" + c.serverPortNumber();
  }

  /** Remembers and returns the label read from {@code server}'s configuration. */
  String remember(String server, ServerConfiguration c) {
    String label = of(c);
    if (label == null) {
      label = ownLabel(server);
    }
    known.put(server, label);
    return label;
  }

  /** The label last read for {@code server}, if any. */
  public Optional<String> known(String server) {
    return Optional.ofNullable(known.get(server));
  }

  /** A label no other server shares, for a server whose upstream cannot be named. */
  static String ownLabel(String server) {
    return "upstream-of:" + server;
  }
}
