package hudson.util;

import java.util.ArrayList;
import org.kohsuke.stapler.HttpResponse;

/** Declaration of Jenkins' {@code hudson.util.ListBoxModel}: only the members the plugin uses. */
public class ListBoxModel extends ArrayList<ListBoxModel.Option> implements HttpResponse {
  public ListBoxModel() {}

  public void add(String displayName, String value) {
    throw new UnsupportedOperationException("compile-only declaration");
  }

  /** Declaration of {@code hudson.util.ListBoxModel$Option}. */
  public static final class Option {
    public String name;
    public String value;

    public Option(String name, String value) {
      throw new UnsupportedOperationException("compile-only declaration");
    }
  }
}
