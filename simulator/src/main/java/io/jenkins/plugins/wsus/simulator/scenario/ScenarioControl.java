package io.jenkins.plugins.wsus.simulator.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Chooses the upstream scenario in force: a base scenario switchable at run time, overridden inside
 * outage windows. Thread-safe.
 */
public final class ScenarioControl {

  /**
   * A scenario in force between two instants.
   *
   * @param scenario what the upstream does inside the window
   * @param from real start (inclusive)
   * @param to real end (exclusive)
   */
  public record OutageWindow(UpstreamScenario scenario, Instant from, Instant to) {
    public OutageWindow {
      Objects.requireNonNull(scenario, "scenario");
      if (!to.isAfter(from)) {
        throw new IllegalArgumentException(
            "outage window ends before it starts: " + from + ".." + to);
      }
    }

    boolean covers(Instant t) {
      return !t.isBefore(from) && t.isBefore(to);
    }
  }

  private final TimeScale time;
  private UpstreamScenario base;
  private final List<OutageWindow> outages = new ArrayList<>();

  public ScenarioControl(UpstreamScenario initial, TimeScale time) {
    this.base = Objects.requireNonNull(initial, "initial");
    this.time = time;
  }

  /** Sets the scenario in force outside outage windows. */
  public synchronized void set(UpstreamScenario scenario) {
    this.base = Objects.requireNonNull(scenario, "scenario");
  }

  /** The scenario outside outage windows. */
  public synchronized UpstreamScenario base() {
    return base;
  }

  /** The scenario in force now. */
  public UpstreamScenario current() {
    return at(time.now());
  }

  /** The scenario in force at {@code t}: the first outage window covering it, else the base. */
  public synchronized UpstreamScenario at(Instant t) {
    for (OutageWindow w : outages) {
      if (w.covers(t)) {
        return w.scenario();
      }
    }
    return base;
  }

  /**
   * Puts {@code scenario} in force from {@code from} to {@code to} after the simulator started;
   * both are nominal durations, scaled by the time factor.
   */
  public synchronized OutageWindow addOutage(
      UpstreamScenario scenario, Duration from, Duration to) {
    OutageWindow w = new OutageWindow(scenario, time.sinceStart(from), time.sinceStart(to));
    outages.add(w);
    return w;
  }

  /** The outage windows, in the order they were added. */
  public synchronized List<OutageWindow> outages() {
    return List.copyOf(outages);
  }

  /** Removes every outage window. */
  public synchronized void clearOutages() {
    outages.clear();
  }
}
