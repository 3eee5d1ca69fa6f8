package jenkins.model;

import hudson.model.Action;
import hudson.model.Job;
import hudson.model.Queue;
import hudson.model.Run;

/** Declaration of Jenkins' {@code jenkins.model.ParameterizedJobMixIn}: only what is used. */
public abstract class ParameterizedJobMixIn<
    JobT extends Job<JobT, RunT> & ParameterizedJobMixIn.ParameterizedJob<JobT, RunT> & Queue.Task,
    RunT extends Run<JobT, RunT> & Queue.Executable> {
  private ParameterizedJobMixIn() {}

  public static Queue.Item scheduleBuild2(Job<?, ?> job, int quietPeriod, Action... actions) {
    throw new UnsupportedOperationException("compile-only declaration");
  }

  /**
   * Opaque shell of {@code jenkins.model.ParameterizedJobMixIn$ParameterizedJob}, the interface of
   * every job that can be scheduled (freestyle and Pipeline alike).
   */
  public interface ParameterizedJob<
      JobT extends Job<JobT, RunT> & ParameterizedJob<JobT, RunT> & Queue.Task,
      RunT extends Run<JobT, RunT> & Queue.Executable> {}
}
