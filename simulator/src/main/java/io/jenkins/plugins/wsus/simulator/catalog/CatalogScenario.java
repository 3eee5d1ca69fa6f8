package io.jenkins.plugins.wsus.simulator.catalog;

import java.time.Duration;
import java.util.Objects;

/**
 * How the simulated catalog behaves: healthy, answering with its error page (always, with a
 * probability, or for the next N requests), and with an added latency per request. Immutable;
 * switch at runtime with {@link CatalogSimulator#setScenario(CatalogScenario)}.
 *
 * @param errorMode when to answer with the error page
 * @param errorProbability chance of the error page per request in {@link ErrorMode#PROBABILITY}
 * @param errorCount requests that get the error page in {@link ErrorMode#NEXT_N}
 * @param errorNumber the error number shown, 8DDD0010 by default
 * @param latency delay added before each answer
 * @param seed seed of the random source for {@link ErrorMode#PROBABILITY}
 */
public record CatalogScenario(
    ErrorMode errorMode,
    double errorProbability,
    int errorCount,
    String errorNumber,
    Duration latency,
    long seed) {

  /** When the error page is served. */
  public enum ErrorMode {
    NEVER,
    ALWAYS,
    PROBABILITY,
    NEXT_N
  }

  /** The catalog's temporary error, seen during outages. */
  public static final String TEMPORARY_ERROR = "8DDD0010";

  public CatalogScenario {
    Objects.requireNonNull(errorMode, "errorMode");
    Objects.requireNonNull(errorNumber, "errorNumber");
    Objects.requireNonNull(latency, "latency");
    if (errorProbability < 0 || errorProbability > 1) {
      throw new IllegalArgumentException("errorProbability must be within 0..1");
    }
    if (errorCount < 0) {
      throw new IllegalArgumentException("errorCount must not be negative");
    }
    if (latency.isNegative()) {
      throw new IllegalArgumentException("latency must not be negative");
    }
  }

  /** Every request answered normally, without delay. */
  public static CatalogScenario healthy() {
    return new CatalogScenario(ErrorMode.NEVER, 0, 0, TEMPORARY_ERROR, Duration.ZERO, 0);
  }

  /** Every request gets the 8DDD0010 error page. */
  public static CatalogScenario errorPageAlways() {
    return new CatalogScenario(ErrorMode.ALWAYS, 1, 0, TEMPORARY_ERROR, Duration.ZERO, 0);
  }

  /** Each request gets the error page with probability {@code p} (seeded, so runs repeat). */
  public static CatalogScenario errorPageWithProbability(double p, long seed) {
    return new CatalogScenario(ErrorMode.PROBABILITY, p, 0, TEMPORARY_ERROR, Duration.ZERO, seed);
  }

  /** The next {@code n} requests get the error page, then the catalog is healthy again. */
  public static CatalogScenario errorPageForNext(int n) {
    return new CatalogScenario(ErrorMode.NEXT_N, 0, n, TEMPORARY_ERROR, Duration.ZERO, 0);
  }

  /** Healthy, but every answer is delayed by {@code latency}. */
  public static CatalogScenario slow(Duration latency) {
    return healthy().withLatency(latency);
  }

  /** The same scenario with a latency per request. */
  public CatalogScenario withLatency(Duration value) {
    return new CatalogScenario(errorMode, errorProbability, errorCount, errorNumber, value, seed);
  }

  /** The same scenario showing another error number. */
  public CatalogScenario withErrorNumber(String value) {
    return new CatalogScenario(errorMode, errorProbability, errorCount, value, latency, seed);
  }
}
