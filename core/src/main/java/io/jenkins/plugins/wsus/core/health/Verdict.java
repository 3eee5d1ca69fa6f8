package io.jenkins.plugins.wsus.core.health;

/** How a server is doing, worst last. */
public enum Verdict {
  HEALTHY,
  DEGRADED,
  UNHEALTHY;

  /** The worse of two verdicts. */
  public Verdict worst(Verdict other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
