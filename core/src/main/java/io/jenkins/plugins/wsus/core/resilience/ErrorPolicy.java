package io.jenkins.plugins.wsus.core.resilience;

/**
 * What the engine does with a failure of one {@link ErrorClass}.
 *
 * @param retried the Retry makes another attempt
 * @param countedByBreaker the circuit breaker records it as a failure
 * @param eligibleForFallback a fallback path (degraded sync, catalog import) may be tried
 */
public record ErrorPolicy(boolean retried, boolean countedByBreaker, boolean eligibleForFallback) {}
