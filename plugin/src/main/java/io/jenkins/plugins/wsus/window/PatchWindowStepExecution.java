package io.jenkins.plugins.wsus.window;

import hudson.model.TaskListener;
import io.jenkins.plugins.wsus.core.calendar.PatchCalendar;
import io.jenkins.plugins.wsus.core.calendar.PatchWindow;
import io.jenkins.plugins.wsus.core.calendar.RingPlan;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;

/**
 * {@code wsusPatchWindow}: returns at once when a window is open; when closed, skips, fails or
 * waits for the next window's start without holding a thread: the wake-up is scheduled on {@code
 * jenkins.util.Timer}, in steps of at most {@link #MAX_SLEEP} so that a wall-clock change is
 * noticed. Saved with the build: the arguments and the instant it waits for; after a controller
 * restart {@link #onResume()} schedules the wake-up again. A wake-up that finds the window already
 * over (the controller was down through it) waits for the next one: nothing is approved outside a
 * window.
 */
public final class PatchWindowStepExecution extends StepExecution {
  private static final long serialVersionUID = 1L;

  /** Longest single sleep; the execution wakes at least this often to re-read the clock. */
  static final Duration MAX_SLEEP = Duration.ofHours(1);

  /** Kept here too: the declared {@code getContext()} is compile-only. Same object as Jenkins'. */
  private final StepContext context;

  private final String spec;
  private final String ring;
  private final WhenClosed whenClosed;

  /** The start of the window waited for; null when not waiting. */
  private volatile Instant target;

  private volatile boolean completed;

  private transient volatile WindowTimer timer;
  private transient volatile WindowTimer.Cancellable pending;

  PatchWindowStepExecution(
      StepContext context, String spec, String ring, WhenClosed whenClosed, WindowTimer timer) {
    super(context);
    this.context = context;
    this.spec = spec;
    this.ring = ring;
    this.whenClosed = whenClosed;
    this.timer = timer;
  }

  @Override
  public boolean start() throws Exception {
    RingPlan plan = WindowPlans.parse(spec);
    String selected = WindowPlans.ring(plan, ring);
    PatchCalendar calendar = PatchCalendar.of(plan);
    Instant now = timer().now();
    Optional<PatchWindow> open = WindowPlans.openAt(calendar, selected, now);
    if (open.isPresent()) {
      log("wsusPatchWindow: open now, " + WindowPlans.describe(open.get()));
      succeed(WindowResults.of(open.get(), true, false, false));
      return true;
    }
    PatchWindow next = next(calendar, selected, now);
    switch (whenClosed) {
      case SKIP -> {
        log("wsusPatchWindow: closed, skipping; next is " + WindowPlans.describe(next));
        succeed(WindowResults.of(next, false, true, false));
      }
      case FAIL -> {
        if (complete()) {
          context.onFailure(
              new PatchWindowClosedException(
                  "No patch window is open"
                      + (selected == null ? "" : " for ring '" + selected + "'")
                      + " at "
                      + now
                      + "; the next opens: "
                      + WindowPlans.describe(next)));
        }
      }
      case WAIT -> {
        target = next.start();
        log(
            "wsusPatchWindow: closed, waiting (no executor held) for "
                + WindowPlans.describe(next));
        arm(now);
        return false;
      }
    }
    return true;
  }

  @Override
  public void stop(Throwable cause) {
    if (complete()) {
      WindowTimer.Cancellable p = pending;
      if (p != null) {
        p.cancel();
      }
      context.onFailure(cause);
    }
  }

  @Override
  public void onResume() {
    if (completed || target == null) {
      return;
    }
    log("wsusPatchWindow: resumed after a restart, still waiting for the window opening " + target);
    arm(timer().now());
  }

  @Override
  public String getStatus() {
    Instant t = target;
    if (completed) {
      return "wsusPatchWindow completed";
    }
    return t == null
        ? "wsusPatchWindow checking the window"
        : "waiting for the patch window"
            + (ring == null || ring.isBlank() ? "" : " of ring '" + ring + "'")
            + " opening "
            + t;
  }

  /** The instant waited for (tests). */
  Instant target() {
    return target;
  }

  /** Replaces the timer (tests; after deserialization it is Jenkins' timer). */
  void useTimer(WindowTimer timer) {
    this.timer = timer;
  }

  private void arm(Instant now) {
    Duration delay = Duration.between(now, target);
    if (delay.isNegative()) {
      delay = Duration.ZERO;
    }
    if (delay.compareTo(MAX_SLEEP) > 0) {
      delay = MAX_SLEEP;
    }
    pending = timer().schedule(this::wake, delay);
  }

  /** On the timer thread: complete if the window is open, else sleep again. */
  private void wake() {
    if (completed) {
      return;
    }
    try {
      RingPlan plan = WindowPlans.parse(spec);
      String selected = WindowPlans.ring(plan, ring);
      PatchCalendar calendar = PatchCalendar.of(plan);
      Instant now = timer().now();
      Optional<PatchWindow> open = WindowPlans.openAt(calendar, selected, now);
      if (open.isPresent()) {
        log("wsusPatchWindow: window open, " + WindowPlans.describe(open.get()));
        succeed(WindowResults.of(open.get(), true, false, true));
        return;
      }
      PatchWindow next = next(calendar, selected, now);
      if (!next.start().equals(target)) {
        log(
            "wsusPatchWindow: the window opening "
                + target
                + " is over (the controller was down through it); waiting for "
                + WindowPlans.describe(next));
        target = next.start();
      }
      arm(now);
    } catch (RuntimeException e) {
      if (complete()) {
        context.onFailure(e);
      }
    }
  }

  private PatchWindow next(PatchCalendar calendar, String selected, Instant now) {
    List<PatchWindow> next = WindowPlans.next(calendar, selected, now, 1);
    if (next.isEmpty()) {
      throw new IllegalArgumentException(
          "no patch window in the next 200 years: every one falls on a blackout date");
    }
    return next.get(0);
  }

  private void succeed(Object result) {
    if (complete()) {
      context.onSuccess(result);
    }
  }

  /** Marks the step completed; true only for the first caller, so the context completes once. */
  private synchronized boolean complete() {
    if (completed) {
      return false;
    }
    completed = true;
    return true;
  }

  private void log(String line) {
    try {
      TaskListener listener = context.get(TaskListener.class);
      if (listener != null) {
        PrintStream out = listener.getLogger();
        out.println(line);
      }
    } catch (Exception e) {
      // The log line is informative only; the step's outcome does not depend on it.
    }
  }

  private WindowTimer timer() {
    WindowTimer t = timer;
    if (t == null) {
      t = WindowTimer.jenkins();
      timer = t;
    }
    return t;
  }
}
