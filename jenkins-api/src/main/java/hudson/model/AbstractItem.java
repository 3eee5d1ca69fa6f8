package hudson.model;

/** Opaque shell of Jenkins' {@code hudson.model.AbstractItem} (superclass of {@code Job}). */
public abstract class AbstractItem {
  AbstractItem() {}
}
