package hudson.model;

/** Declaration of Jenkins' {@code hudson.model.Action}. */
public interface Action {
  String getIconFileName();

  String getDisplayName();

  String getUrlName();
}
