package hudson.model;

/** Declaration of Jenkins' {@code hudson.model.Job}: only the members the plugin uses. */
public abstract class Job<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>>
    extends AbstractItem {
  protected Job(ItemGroup parent, String name) {}
}
