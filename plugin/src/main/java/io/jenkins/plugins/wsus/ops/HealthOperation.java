package io.jenkins.plugins.wsus.ops;

import java.util.List;

/** Model object of {@code wsusHealth}. */
public final class HealthOperation extends ServerOperation {
  private static final long serialVersionUID = 1L;

  private boolean probe = true;

  public HealthOperation(String server) {
    super(server);
  }

  @Override
  public String functionName() {
    return "wsusHealth";
  }

  /** Whether to ask the server now (true) or report only what is already known (false). */
  public boolean isProbe() {
    return probe;
  }

  public void setProbe(boolean probe) {
    this.probe = probe;
  }

  @Override
  protected void addProblems(List<String> problems) {}

  @Override
  protected HealthRequest build() {
    return new HealthRequest(getServer(), probe);
  }
}
