package io.jenkins.plugins.wsus.simulator.scenario;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How the simulated upstream (Microsoft Update or an upstream WSUS) behaves when the server syncs.
 *
 * @param kind which behaviour
 * @param badClassifications for {@link Kind#BAD_REVISION}: classification titles or ids whose
 *     revisions fail to import while they are in the subscription
 * @param failureProbability for {@link Kind#FLAKY}: probability in [0, 1] that a sync fails
 * @param seed for {@link Kind#FLAKY}: seed of the random generator, for reproducible runs
 */
public record UpstreamScenario(
    Kind kind, List<String> badClassifications, double failureProbability, long seed) {

  /** The upstream behaviours the simulator knows. */
  public enum Kind {
    /** Syncs succeed. */
    HEALTHY,
    /** The upstream cannot be reached: the sync fails fast with UssCommunicationError. */
    UNREACHABLE,
    /** The upstream accepts connections but never answers: the sync runs long, then times out. */
    TIMING_OUT,
    /** Some revisions in named classifications cannot be imported (the July 2025 case). */
    BAD_REVISION,
    /** Each sync fails with a given probability (transient network errors). */
    FLAKY,
    /** The local database is too busy: LocalDbTooBusy. */
    LOCAL_DB_BUSY,
    /** The upstream requires TLS 1.2 and the server cannot speak it. */
    TLS_MISMATCH
  }

  public UpstreamScenario {
    Objects.requireNonNull(kind, "kind");
    badClassifications = List.copyOf(badClassifications == null ? List.of() : badClassifications);
    if (failureProbability < 0 || failureProbability > 1 || Double.isNaN(failureProbability)) {
      throw new IllegalArgumentException(
          "failureProbability must be within [0, 1], was " + failureProbability);
    }
    if (kind == Kind.BAD_REVISION && badClassifications.isEmpty()) {
      throw new IllegalArgumentException("BAD_REVISION needs at least one classification");
    }
  }

  /**
   * A scenario from its text form: a kind name ({@code healthy}, {@code unreachable}, {@code
   * timing-out}, {@code local-db-busy}, {@code tls-mismatch}), {@code bad-revision:Updates[,...]}
   * or {@code flaky:0.3}.
   *
   * @throws IllegalArgumentException naming the part that is wrong
   */
  public static UpstreamScenario parse(String spec) {
    if (spec == null || spec.isBlank()) {
      throw new IllegalArgumentException(
          "a scenario is needed, e.g. healthy or bad-revision:Updates");
    }
    int colon = spec.indexOf(':');
    Kind kind = kindOf(colon < 0 ? spec : spec.substring(0, colon));
    if (kind == Kind.BAD_REVISION && colon > 0) {
      return badRevision(spec.substring(colon + 1).split(","));
    }
    if (kind == Kind.FLAKY && colon > 0) {
      String p = spec.substring(colon + 1);
      try {
        return flaky(Double.parseDouble(p), 42L);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "flaky needs a probability such as flaky:0.3, got '" + p + "'");
      }
    }
    return of(kind);
  }

  /** Syncs succeed. */
  public static UpstreamScenario healthy() {
    return of(Kind.HEALTHY);
  }

  /** The upstream cannot be reached. */
  public static UpstreamScenario unreachable() {
    return of(Kind.UNREACHABLE);
  }

  /** The upstream never answers. */
  public static UpstreamScenario timingOut() {
    return of(Kind.TIMING_OUT);
  }

  /** Revisions in these classifications (titles such as "Updates", or ids) fail to import. */
  public static UpstreamScenario badRevision(String... classifications) {
    return new UpstreamScenario(Kind.BAD_REVISION, List.of(classifications), 0, 0);
  }

  /** Each sync fails with probability {@code p}; {@code seed} makes the sequence reproducible. */
  public static UpstreamScenario flaky(double p, long seed) {
    return new UpstreamScenario(Kind.FLAKY, List.of(), p, seed);
  }

  /** The local database is too busy. */
  public static UpstreamScenario localDbBusy() {
    return of(Kind.LOCAL_DB_BUSY);
  }

  /** TLS 1.2 is missing on the server. */
  public static UpstreamScenario tlsMismatch() {
    return of(Kind.TLS_MISMATCH);
  }

  /** A scenario of a kind that takes no parameters. */
  public static UpstreamScenario of(Kind kind) {
    if (kind == Kind.BAD_REVISION) {
      return badRevision("Updates");
    }
    return new UpstreamScenario(kind, List.of(), kind == Kind.FLAKY ? 0.5 : 0, 0);
  }

  /** Parses a kind name case-insensitively ("bad_revision", "BAD-REVISION"). */
  public static Kind kindOf(String name) {
    String normalized = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    try {
      return Kind.valueOf(normalized);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Unknown scenario '" + name + "'; known: " + List.of(Kind.values()), e);
    }
  }
}
