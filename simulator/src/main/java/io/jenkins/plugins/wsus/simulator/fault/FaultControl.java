package io.jenkins.plugins.wsus.simulator.fault;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * The faults aimed at the client that are armed now, consumed as matching requests arrive.
 * Thread-safe.
 */
public final class FaultControl {

  /** Closes and reopens the WSUS listeners; supplied by the server bootstrap. */
  public interface Listeners {
    /** Stops accepting connections (clients get "connection refused"). */
    void close();

    /** Accepts connections again on the same ports. */
    void reopen();

    /** Accepts connections again on the same ports once {@code delay} has passed. */
    void reopenAfter(Duration delay);
  }

  private final List<Armed> armed = new ArrayList<>();
  private volatile Listeners listeners;

  private static final class Armed {
    final ClientFault fault;
    int remaining;

    Armed(ClientFault fault) {
      this.fault = fault;
      this.remaining = fault.count();
    }
  }

  /** Arms a fault. */
  public synchronized void add(ClientFault fault) {
    armed.add(new Armed(Objects.requireNonNull(fault, "fault")));
  }

  /** Disarms every fault and reopens the listeners if they were closed. */
  public void clear() {
    synchronized (this) {
      armed.clear();
    }
    Listeners l = listeners;
    if (l != null) {
      l.reopen();
    }
  }

  /** The faults still armed (with their original counts). */
  public synchronized List<ClientFault> armed() {
    return armed.stream().map(a -> a.fault).toList();
  }

  /** Closes the WSUS listeners until {@link #clear()}. */
  public void refuseConnections() {
    Listeners l = listeners;
    if (l != null) {
      l.close();
    }
  }

  /**
   * Closes the WSUS listeners for {@code delay}, then reopens them; returns once connections are
   * refused.
   */
  public void refuseConnectionsFor(Duration delay) {
    Listeners l = listeners;
    if (l != null) {
      l.close();
      l.reopenAfter(delay);
    }
  }

  /** Wired by the server bootstrap. */
  public void bindListeners(Listeners l) {
    this.listeners = l;
  }

  /**
   * The faults that apply to this request of {@code operation} (null when not yet known), consuming
   * one use of each; at most one fault that shapes the answer, plus any latency.
   */
  public synchronized List<ClientFault> take(String operation) {
    List<ClientFault> result = new ArrayList<>();
    boolean shaped = false;
    for (Iterator<Armed> it = armed.iterator(); it.hasNext(); ) {
      Armed a = it.next();
      if (!a.fault.appliesTo(operation)) {
        continue;
      }
      boolean isLatency = a.fault.kind() == ClientFault.Kind.LATENCY;
      if (!isLatency && shaped) {
        continue;
      }
      shaped |= !isLatency;
      result.add(a.fault);
      if (a.remaining != ClientFault.UNLIMITED && --a.remaining == 0) {
        it.remove();
      }
    }
    return result;
  }
}
