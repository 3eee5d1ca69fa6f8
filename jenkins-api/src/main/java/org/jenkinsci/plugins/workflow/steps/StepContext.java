package org.jenkinsci.plugins.workflow.steps;

import com.google.common.util.concurrent.FutureCallback;
import java.io.IOException;
import java.io.Serializable;

/** Declaration of workflow-step-api's {@code StepContext}: only the members the plugin uses. */
public abstract class StepContext implements FutureCallback<Object>, Serializable {
  public StepContext() {}

  public abstract <T> T get(Class<T> key) throws IOException, InterruptedException;

  public abstract void onSuccess(Object returnValue);
}
