package io.jenkins.plugins.wsus.core.resilience;

import java.time.Instant;

/**
 * A circuit breaker changed state; published to {@link Resilience#addTransitionListener} listeners
 * (the plugin shows and persists them, the evidence records them).
 *
 * @param name the breaker, e.g. {@code upstream:Microsoft Update} or {@code server:wsus01}
 * @param from the state before
 * @param to the state after
 * @param at when it happened
 * @param reason why, in words (failure rate and last counted error, probe result, restart)
 */
public record BreakerTransition(
    String name, BreakerState from, BreakerState to, Instant at, String reason) {}
