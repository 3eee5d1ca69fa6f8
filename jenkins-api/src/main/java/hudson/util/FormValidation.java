package hudson.util;

import java.io.IOException;
import org.kohsuke.stapler.HttpResponse;

/** Declaration of Jenkins' {@code hudson.util.FormValidation}: only the members the plugin uses. */
public abstract class FormValidation extends IOException implements HttpResponse {
  private FormValidation() {}

  public static FormValidation error(String message) {
    throw new UnsupportedOperationException("compile-only declaration");
  }

  public static FormValidation warning(String message) {
    throw new UnsupportedOperationException("compile-only declaration");
  }

  public static FormValidation ok(String message) {
    throw new UnsupportedOperationException("compile-only declaration");
  }

  public static FormValidation ok() {
    throw new UnsupportedOperationException("compile-only declaration");
  }
}
