package io.jenkins.plugins.wsus.simulator.fault;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A misbehaviour aimed at the client, applied to the WSUS endpoint's answers.
 *
 * @param kind what goes wrong
 * @param operation the SOAP operation it applies to, or {@code null} for every request
 * @param count how many matching requests it applies to; {@link #UNLIMITED} until cleared
 * @param delay for {@link Kind#LATENCY}, the added delay; for {@link Kind#SLOW_DRIP}, the pause
 *     between chunks; for {@link Kind#CONNECTION_REFUSED}, how long the listener stays closed
 * @param bytes for {@link Kind#OVERSIZED_BODY}, the body size; for {@link Kind#SLOW_DRIP}, the
 *     chunk size; for {@link Kind#TRUNCATED_XML} and {@link Kind#RESET_MID_RESPONSE}, how many
 *     bytes of the real answer are sent (0 = half of it)
 */
public record ClientFault(Kind kind, String operation, int count, Duration delay, long bytes) {

  /** Applies until cleared. */
  public static final int UNLIMITED = -1;

  /** Fault kinds. */
  public enum Kind {
    /**
     * The listener closes for {@code delay} (new connections are refused); this request is dropped.
     */
    CONNECTION_REFUSED,
    /** Part of the answer is sent, then the TCP connection is reset. */
    RESET_MID_RESPONSE,
    /** The answer is sent in small chunks with pauses. */
    SLOW_DRIP,
    /** HTTP 200 with an XML body cut short (Content-Length matches the cut body). */
    TRUNCATED_XML,
    /** HTTP 500 with an ASP.NET SOAP fault, without processing the request. */
    SERVER_FAULT,
    /** HTTP 503, as IIS answers when the WsusPool application pool is stopped. */
    SERVICE_UNAVAILABLE,
    /** HTTP 200 with a body of {@code bytes} bytes, far beyond any real answer. */
    OVERSIZED_BODY,
    /** The answer is delayed by {@code delay}, then sent normally. */
    LATENCY
  }

  public ClientFault {
    Objects.requireNonNull(kind, "kind");
    delay = delay == null ? Duration.ZERO : delay;
    if (count == 0 || count < UNLIMITED) {
      throw new IllegalArgumentException("count must be positive or UNLIMITED, was " + count);
    }
    if (delay.isNegative() || bytes < 0) {
      throw new IllegalArgumentException("delay and bytes must not be negative");
    }
  }

  /** A fault of {@code kind} on every operation for the next {@code count} requests, defaults. */
  public static ClientFault next(Kind kind, int count) {
    return new ClientFault(kind, null, count, defaultDelay(kind), defaultBytes(kind));
  }

  /** A fault of {@code kind} on every request until cleared. */
  public static ClientFault always(Kind kind) {
    return next(kind, UNLIMITED);
  }

  /** An added latency on every request until cleared. */
  public static ClientFault latency(Duration delay) {
    return new ClientFault(Kind.LATENCY, null, UNLIMITED, delay, 0);
  }

  /** This fault restricted to one SOAP operation (e.g. {@code "GetSubscriptionState"}). */
  public ClientFault onOperation(String op) {
    return new ClientFault(kind, op, count, delay, bytes);
  }

  /** This fault for {@code n} matching requests. */
  public ClientFault times(int n) {
    return new ClientFault(kind, operation, n, delay, bytes);
  }

  /** This fault with another delay. */
  public ClientFault withDelay(Duration d) {
    return new ClientFault(kind, operation, count, d, bytes);
  }

  /** This fault with another byte count. */
  public ClientFault withBytes(long b) {
    return new ClientFault(kind, operation, count, delay, b);
  }

  boolean appliesTo(String op) {
    return operation == null || operation.equals(op);
  }

  /** Parses a kind name case-insensitively. */
  public static Kind kindOf(String name) {
    try {
      return Kind.valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Unknown fault '" + name + "'; known: " + List.of(Kind.values()), e);
    }
  }

  private static Duration defaultDelay(Kind kind) {
    return switch (kind) {
      case LATENCY -> Duration.ofMillis(100);
      case SLOW_DRIP -> Duration.ofMillis(200);
      case CONNECTION_REFUSED -> Duration.ofSeconds(2);
      default -> Duration.ZERO;
    };
  }

  private static long defaultBytes(Kind kind) {
    return switch (kind) {
      case OVERSIZED_BODY -> 64L * 1024 * 1024;
      case SLOW_DRIP -> 16;
      default -> 0;
    };
  }
}
