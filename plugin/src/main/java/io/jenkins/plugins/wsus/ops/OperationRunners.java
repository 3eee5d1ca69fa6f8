package io.jenkins.plugins.wsus.ops;

import hudson.ExtensionList;

/** Finds the {@link OperationRunner}: the first registered extension, else the unwired one. */
public final class OperationRunners {
  private static final OperationRunner UNWIRED = new UnwiredOperationRunner();

  private OperationRunners() {}

  public static OperationRunner current() {
    ExtensionList<OperationRunner> runners = ExtensionList.lookup(OperationRunner.class);
    return runners.isEmpty() ? UNWIRED : runners.get(0);
  }
}
