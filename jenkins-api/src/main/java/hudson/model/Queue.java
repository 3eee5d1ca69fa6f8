package hudson.model;

/**
 * Opaque shell of Jenkins' {@code hudson.model.Queue}, holding the nested types that {@code
 * ParameterizedJobMixIn}'s signatures name.
 */
public class Queue {
  Queue() {}

  /** Opaque shell of {@code hudson.model.Queue$Task}. */
  public interface Task {}

  /** Opaque shell of {@code hudson.model.Queue$Executable}. */
  public interface Executable {}

  /** Opaque shell of {@code hudson.model.Queue$Item}, returned by {@code scheduleBuild2}. */
  public abstract static class Item {
    Item() {}
  }
}
