package io.jenkins.plugins.wsus.window;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The clock and the scheduler of {@code wsusPatchWindow}: production uses the system clock and
 * Jenkins' shared {@code jenkins.util.Timer}; tests use a clock they move by hand.
 */
public interface WindowTimer {
  /** The current instant. */
  Instant now();

  /** Runs {@code task} once after {@code delay}, on a shared thread; never blocks the caller. */
  Cancellable schedule(Runnable task, Duration delay);

  /** A scheduled task that has not run yet. */
  interface Cancellable {
    void cancel();
  }

  /** The system clock and {@code jenkins.util.Timer}. */
  static WindowTimer jenkins() {
    return new WindowTimer() {
      @Override
      public Instant now() {
        return Instant.now();
      }

      @Override
      public Cancellable schedule(Runnable task, Duration delay) {
        ScheduledFuture<?> f =
            jenkins.util.Timer.get().schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
        return () -> f.cancel(false);
      }
    };
  }
}
