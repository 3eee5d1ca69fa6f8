package hudson.model;

import java.io.Serializable;

/** Declaration of Jenkins' {@code hudson.model.Result}: only the members the plugin uses. */
public final class Result implements Serializable {
  public static final Result FAILURE = null;

  private Result() {}
}
