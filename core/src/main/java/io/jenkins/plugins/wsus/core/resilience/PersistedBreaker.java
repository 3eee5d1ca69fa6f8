package io.jenkins.plugins.wsus.core.resilience;

import java.time.Instant;

/**
 * What survives a restart of one breaker.
 *
 * @param state the state at the last transition
 * @param since when it entered that state
 * @param openedAt when it last opened (null if never), to compute the remaining wait
 * @param reason why it is in that state
 */
public record PersistedBreaker(
    BreakerState state, Instant since, Instant openedAt, String reason) {}
