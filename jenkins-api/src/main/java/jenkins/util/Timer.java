package jenkins.util;

import java.util.concurrent.ScheduledExecutorService;

/** Declaration of Jenkins' {@code jenkins.util.Timer}. */
public class Timer {
  private Timer() {}

  public static synchronized ScheduledExecutorService get() {
    throw new UnsupportedOperationException("compile-only declaration");
  }
}
