package hudson.model;

/** Opaque shell of Jenkins' {@code hudson.model.Actionable} (superclass of {@code Run}). */
public abstract class Actionable {
  Actionable() {}
}
