package io.jenkins.plugins.wsus.simulator.model;

import java.time.Duration;
import java.util.List;

/**
 * What a sync will do, decided when it starts: progress steps, each shown for a nominal duration,
 * then an ending.
 *
 * @param steps progress to show, in order
 * @param ending how it ends
 * @param newUpdates updates it adds to the store when it succeeds
 */
public record SyncPlan(List<Step> steps, Ending ending, List<UpdateInfo> newUpdates) {

  public SyncPlan {
    steps = List.copyOf(steps);
    newUpdates = List.copyOf(newUpdates);
  }

  /** Progress shown for {@code nominal} (before scaling). */
  public record Step(int phase, int total, int processed, Duration nominal) {}

  /** Success, or failure with an error and its text. */
  public record Ending(SyncError error, String errorText) {
    /** The sync succeeds. */
    public static final Ending SUCCESS = new Ending(SyncError.NOT_APPLICABLE, "");

    public boolean succeeded() {
      return error == SyncError.NOT_APPLICABLE;
    }
  }
}
