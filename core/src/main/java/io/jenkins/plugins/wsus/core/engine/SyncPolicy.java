package io.jenkins.plugins.wsus.core.engine;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How one sync request is followed and what happens when it fails. Immutable; build with {@link
 * #builder()} (every field has a default suited to a real server; tests scale them down).
 *
 * @param stallTimeout no progress (phase, processed) for this long: stop the sync, classify it
 * @param overallTimeout the whole request (attempts, retries, fallbacks) must end within this
 * @param pollInitial first wait between two progress polls
 * @param pollMultiplier each wait is the previous times this (adaptive polling)
 * @param pollCap the longest wait between two polls
 * @param resultReadPolls how many polls of the event history to wait for the result event once the
 *     server says NotProcessing, before calling the result unknown
 * @param clockSkew margin subtracted from the attempt start when searching the event history
 * @param degradedSyncEnabled whether {@link FallbackKind#DEGRADED_SYNC} may run
 * @param restoreMode when quarantined classifications are put back
 * @param includeProductsInBisection whether products are candidates besides classifications
 * @param fallbackOrder the fallback strategies, tried in this order
 */
public record SyncPolicy(
    Duration stallTimeout,
    Duration overallTimeout,
    Duration pollInitial,
    double pollMultiplier,
    Duration pollCap,
    int resultReadPolls,
    Duration clockSkew,
    boolean degradedSyncEnabled,
    RestoreMode restoreMode,
    boolean includeProductsInBisection,
    List<FallbackKind> fallbackOrder) {

  public SyncPolicy {
    positive(stallTimeout, "stallTimeout");
    positive(overallTimeout, "overallTimeout");
    positive(pollInitial, "pollInitial");
    positive(pollCap, "pollCap");
    Objects.requireNonNull(clockSkew, "clockSkew");
    if (clockSkew.isNegative()) {
      throw new IllegalArgumentException("clockSkew must not be negative, was " + clockSkew);
    }
    if (!(pollMultiplier >= 1.0) || Double.isInfinite(pollMultiplier)) {
      throw new IllegalArgumentException("pollMultiplier must be >= 1, was " + pollMultiplier);
    }
    if (pollCap.compareTo(pollInitial) < 0) {
      throw new IllegalArgumentException(
          "pollCap (" + pollCap + ") must not be shorter than pollInitial (" + pollInitial + ")");
    }
    if (resultReadPolls < 1) {
      throw new IllegalArgumentException("resultReadPolls must be >= 1, was " + resultReadPolls);
    }
    Objects.requireNonNull(restoreMode, "restoreMode");
    fallbackOrder = List.copyOf(fallbackOrder == null ? List.of() : fallbackOrder);
    if (fallbackOrder.stream().distinct().count() != fallbackOrder.size()) {
      throw new IllegalArgumentException("fallbackOrder lists a strategy twice: " + fallbackOrder);
    }
  }

  /** The defaults for a real server. */
  public static SyncPolicy defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this policy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.stallTimeout = stallTimeout;
    b.overallTimeout = overallTimeout;
    b.pollInitial = pollInitial;
    b.pollMultiplier = pollMultiplier;
    b.pollCap = pollCap;
    b.resultReadPolls = resultReadPolls;
    b.clockSkew = clockSkew;
    b.degradedSyncEnabled = degradedSyncEnabled;
    b.restoreMode = restoreMode;
    b.includeProductsInBisection = includeProductsInBisection;
    b.fallbackOrder = fallbackOrder;
    return b;
  }

  /** Whether the given fallback may run under this policy. */
  public boolean allows(FallbackKind kind) {
    return fallbackOrder.contains(kind)
        && (kind != FallbackKind.DEGRADED_SYNC || degradedSyncEnabled);
  }

  private static void positive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + d);
    }
  }

  /** Builder of {@link SyncPolicy}. */
  public static final class Builder {
    private Duration stallTimeout = Duration.ofMinutes(30);
    private Duration overallTimeout = Duration.ofHours(4);
    private Duration pollInitial = Duration.ofSeconds(1);
    private double pollMultiplier = 1.5;
    private Duration pollCap = Duration.ofSeconds(30);
    private int resultReadPolls = 5;
    private Duration clockSkew = Duration.ofSeconds(5);
    private boolean degradedSyncEnabled = true;
    private RestoreMode restoreMode = RestoreMode.IMMEDIATELY;
    private boolean includeProductsInBisection;
    private List<FallbackKind> fallbackOrder = List.of(FallbackKind.DEGRADED_SYNC);

    private Builder() {}

    public Builder stallTimeout(Duration d) {
      this.stallTimeout = d;
      return this;
    }

    public Builder overallTimeout(Duration d) {
      this.overallTimeout = d;
      return this;
    }

    /** Adaptive polling: first wait, growth factor, longest wait. */
    public Builder polling(Duration initial, double multiplier, Duration cap) {
      this.pollInitial = initial;
      this.pollMultiplier = multiplier;
      this.pollCap = cap;
      return this;
    }

    public Builder resultReadPolls(int n) {
      this.resultReadPolls = n;
      return this;
    }

    public Builder clockSkew(Duration d) {
      this.clockSkew = d;
      return this;
    }

    public Builder degradedSyncEnabled(boolean enabled) {
      this.degradedSyncEnabled = enabled;
      return this;
    }

    public Builder restoreMode(RestoreMode mode) {
      this.restoreMode = mode;
      return this;
    }

    public Builder includeProductsInBisection(boolean include) {
      this.includeProductsInBisection = include;
      return this;
    }

    public Builder fallbackOrder(List<FallbackKind> order) {
      this.fallbackOrder = order;
      return this;
    }

    public SyncPolicy build() {
      return new SyncPolicy(
          stallTimeout,
          overallTimeout,
          pollInitial,
          pollMultiplier,
          pollCap,
          resultReadPolls,
          clockSkew,
          degradedSyncEnabled,
          restoreMode,
          includeProductsInBisection,
          fallbackOrder);
    }
  }
}
