package io.jenkins.plugins.wsus.run;

import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.wsus.ops.OperationContext;
import io.jenkins.plugins.wsus.ops.OperationRequest;

/** Resolves what a request needs at run time: the configured server, its credentials, settings. */
public interface ContextResolver {
  /**
   * @throws IllegalArgumentException or {@code CredentialsUnusableException} with a message that
   *     says what to fix (unknown server, missing credentials); never a secret
   */
  OperationContext resolve(OperationRequest request, Run<?, ?> run, TaskListener listener);
}
