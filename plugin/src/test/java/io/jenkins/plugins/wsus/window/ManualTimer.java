package io.jenkins.plugins.wsus.window;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A clock moved by hand and a scheduler whose tasks run when the test says so. */
final class ManualTimer implements WindowTimer {
  record Task(Instant due, Runnable body, boolean[] cancelled) {}

  private Instant now;
  private final List<Task> tasks = new ArrayList<>();

  ManualTimer(Instant now) {
    this.now = now;
  }

  @Override
  public synchronized Instant now() {
    return now;
  }

  synchronized void set(Instant instant) {
    now = instant;
  }

  @Override
  public synchronized Cancellable schedule(Runnable task, Duration delay) {
    if (delay.isNegative()) {
      throw new AssertionError("negative delay " + delay);
    }
    boolean[] cancelled = {false};
    tasks.add(new Task(now.plus(delay), task, cancelled));
    return () -> cancelled[0] = true;
  }

  /** Tasks scheduled and neither run nor cancelled. */
  synchronized List<Task> pending() {
    return tasks.stream().filter(t -> !t.cancelled()[0]).toList();
  }

  /** Moves the clock to the earliest pending task and runs it; empty when none is pending. */
  Optional<Instant> runNext() {
    Task next;
    synchronized (this) {
      Optional<Task> first = pending().stream().min(Comparator.comparing(Task::due));
      if (first.isEmpty()) {
        return Optional.empty();
      }
      next = first.get();
      tasks.remove(next);
      if (next.due().isAfter(now)) {
        now = next.due();
      }
    }
    next.body().run();
    return Optional.of(next.due());
  }

  /** Runs tasks until none is pending or {@code limit} ran; returns how many ran. */
  int runAll(int limit) {
    int ran = 0;
    while (ran < limit && runNext().isPresent()) {
      ran++;
    }
    return ran;
  }
}
