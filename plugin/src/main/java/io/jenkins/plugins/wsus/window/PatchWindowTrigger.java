package io.jenkins.plugins.wsus.window;

import hudson.Extension;
import hudson.model.Item;
import hudson.model.Job;
import hudson.model.Queue;
import hudson.triggers.Trigger;
import hudson.triggers.TriggerDescriptor;
import hudson.util.FormValidation;
import io.jenkins.plugins.wsus.WsusOrchestratorConfiguration;
import io.jenkins.plugins.wsus.core.calendar.PatchCalendar;
import io.jenkins.plugins.wsus.core.calendar.PatchWindow;
import io.jenkins.plugins.wsus.core.calendar.RingPlan;
import io.jenkins.plugins.wsus.form.Durations;
import io.jenkins.plugins.wsus.steps.StepForms;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.ParameterizedJobMixIn;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest2;

/**
 * Starts a build at each patch window's start: {@code triggers { patchWindow('PT+7d 22:00-04:00
 * Europe/Berlin') }} in a declarative Pipeline, or "Build at each WSUS patch window start" in a
 * freestyle job. The window is one spec or a multi-line ring plan; with a plan the trigger fires at
 * every ring's window start, or only at {@code ring}'s.
 *
 * <p>Jenkins runs {@link #run()} every minute (cron {@value #EVERY_MINUTE}); each run asks the
 * calendar for the starts since the previous run, persisted per job under {@code
 * $JENKINS_HOME/wsus-orchestrator/patch-window-triggers/}. See {@link TriggerClock} for the rules
 * (never missed, never doubled, catch-up after an outage).
 *
 * <p>The property is named {@code window}, not {@code spec}: {@code Trigger.getSpec()} is final and
 * returns the cron spec, so a {@code spec} property would read back as {@value #EVERY_MINUTE}.
 */
public final class PatchWindowTrigger extends Trigger<Job<?, ?>> {
  /** The cron spec given to Jenkins: the calendar decides, Jenkins only wakes us every minute. */
  public static final String EVERY_MINUTE = "* * * * *";

  /** Folder under the plugin's state directory holding one state file per job. */
  public static final String STATE_FOLDER = "patch-window-triggers";

  private static final Logger LOGGER = Logger.getLogger(PatchWindowTrigger.class.getName());

  private final String window;
  private String ring;
  private String catchUp;

  private transient volatile Job<?, ?> owner;
  private transient volatile Path stateDirectory;
  private transient volatile String lastProblem;
  private transient volatile WindowTriggerCheck checks;

  /**
   * @param window one window spec or a ring plan
   * @throws IllegalArgumentException with the calendar's message when it does not parse
   */
  @DataBoundConstructor
  public PatchWindowTrigger(String window) {
    super(EVERY_MINUTE);
    this.window = WindowPlans.normalize(window).strip();
    WindowPlans.parse(this.window);
  }

  public String getWindow() {
    return window;
  }

  /** The ring whose window starts fire; empty for every ring. */
  public String getRing() {
    return ring == null ? "" : ring;
  }

  /**
   * @throws IllegalArgumentException when the plan has no such ring
   */
  @DataBoundSetter
  public void setRing(String ring) {
    String r = ring == null ? "" : ring.strip();
    if (!r.isEmpty()) {
      WindowPlans.ring(WindowPlans.parse(window), r);
    }
    this.ring = r;
  }

  /**
   * How long after its start a window missed during an outage may still fire (e.g. {@code 2h});
   * empty: as long as the window is open.
   */
  public String getCatchUp() {
    return catchUp == null ? "" : catchUp;
  }

  /**
   * @throws IllegalArgumentException when it is not a duration of at most 7 days
   */
  @DataBoundSetter
  public void setCatchUp(String catchUp) {
    String c = catchUp == null ? "" : catchUp.strip();
    if (WindowChecks.catchUp(c).isError()) {
      throw new IllegalArgumentException(WindowChecks.catchUp(c).message());
    }
    this.catchUp = c;
  }

  @Override
  public void start(Job<?, ?> project, boolean newInstance) {
    super.start(project, newInstance); // Jenkins parses the cron spec here
    owner = project;
  }

  @Override
  public void stop() {
    owner = null;
    WindowTriggerCheck check = checks;
    if (check != null) {
      check.flush(LOGGER::warning); // the next instance (reconfiguration) resumes from here
    }
    super.stop();
  }

  @Override
  public void run() {
    Job<?, ?> job = owner;
    if (job == null) {
      return;
    }
    try {
      check(job.getFullName(), Instant.now(), w -> schedule(job, w));
    } catch (RuntimeException e) {
      // Never let one job's trigger break Jenkins' cron thread.
      LOGGER.log(Level.WARNING, "patch-window trigger of " + job.getFullName() + " failed", e);
    }
  }

  /**
   * One check at {@code now}: decides, saves the state, hands each window that fires to {@code
   * schedule}. Package-private so that tests drive it without Jenkins.
   */
  List<PatchWindow> check(String job, Instant now, Consumer<PatchWindow> schedule) {
    WindowTriggerCheck check = checks;
    if (check == null || !check.job().equals(job)) {
      try {
        check = new WindowTriggerCheck(clock(), new TriggerStateStore(stateDirectory()), job);
      } catch (IllegalArgumentException e) {
        // Saved XML edited by hand: say so once, not every minute.
        String problem = job + ": the patch-window trigger is invalid: " + e.getMessage();
        if (!problem.equals(lastProblem)) {
          LOGGER.warning(problem);
          lastProblem = problem;
        }
        return List.of();
      }
      checks = check;
    }
    List<PatchWindow> fire = check.check(now, LOGGER::warning).fire();
    fire.forEach(schedule);
    return fire;
  }

  TriggerClock clock() {
    RingPlan plan = WindowPlans.parse(window);
    Duration limit = getCatchUp().isEmpty() ? null : Durations.parse(getCatchUp());
    return new TriggerClock(PatchCalendar.of(plan), WindowPlans.ring(plan, getRing()), limit);
  }

  /** Replaces the state directory (tests; Jenkins uses the plugin's state directory). */
  void useStateDirectory(Path directory) {
    this.stateDirectory = directory;
  }

  private Path stateDirectory() {
    Path dir = stateDirectory;
    return dir != null
        ? dir
        : WsusOrchestratorConfiguration.get().stateDirectory().resolve(STATE_FOLDER);
  }

  private static void schedule(Job<?, ?> job, PatchWindow window) {
    Queue.Item item = ParameterizedJobMixIn.scheduleBuild2(job, 0, new PatchWindowAction(window));
    if (item == null) {
      LOGGER.info(
          job.getFullName()
              + ": no build for patch window "
              + WindowPlans.describe(window)
              + " (the job is disabled or the queue refused it)");
    } else {
      LOGGER.info(
          job.getFullName() + ": build scheduled for patch window " + WindowPlans.describe(window));
    }
  }

  /** Descriptor: {@code patchWindow}. */
  @Extension
  @Symbol("patchWindow")
  public static final class DescriptorImpl extends TriggerDescriptor {
    @Override
    public boolean isApplicable(Item item) {
      return item instanceof Job && item instanceof ParameterizedJobMixIn.ParameterizedJob;
    }

    @Override
    public String getDisplayName() {
      return "Build at each WSUS patch window start";
    }

    /** Checks the window or plan with the calendar's own message; on success previews. */
    public FormValidation doCheckWindow(
        @QueryParameter String value, @QueryParameter String ring, StaplerRequest2 req) {
      return StepForms.check(WindowChecks.window(value, ring, Instant.now()), req);
    }

    public FormValidation doCheckRing(
        @QueryParameter String value, @QueryParameter String window, StaplerRequest2 req) {
      return StepForms.check(WindowChecks.ring(value, window), req);
    }

    public FormValidation doCheckCatchUp(@QueryParameter String value, StaplerRequest2 req) {
      return StepForms.check(WindowChecks.catchUp(value), req);
    }
  }
}
