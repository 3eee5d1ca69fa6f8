package hudson.tasks;

import hudson.ExtensionPoint;
import hudson.model.Describable;

/** Declaration of Jenkins' {@code hudson.tasks.Builder}. */
public abstract class Builder extends BuildStepCompatibilityLayer
    implements Describable<Builder>, ExtensionPoint {
  public Builder() {}
}
