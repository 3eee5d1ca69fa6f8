package hudson.model;

import hudson.security.AccessControlled;
import java.io.File;
import java.io.IOException;

/** Declaration of Jenkins' {@code hudson.model.Run}: only the members the plugin uses. */
public abstract class Run<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>>
    extends Actionable implements AccessControlled {
  protected Run(JobT job) throws IOException {}

  public void addAction(Action a) {
    throw new UnsupportedOperationException("compile-only declaration");
  }

  public File getRootDir() {
    throw new UnsupportedOperationException("compile-only declaration");
  }

  public String getExternalizableId() {
    throw new UnsupportedOperationException("compile-only declaration");
  }

  public void setResult(Result r) {
    throw new UnsupportedOperationException("compile-only declaration");
  }

  public String getUrl() {
    throw new UnsupportedOperationException("compile-only declaration");
  }

  public String getFullDisplayName() {
    throw new UnsupportedOperationException("compile-only declaration");
  }
}
