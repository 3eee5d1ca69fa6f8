package hudson.model;

/**
 * Opaque shell of Jenkins' {@code hudson.model.AbstractItem} (superclass of {@code Job}). It
 * implements {@link Item}, as the real class does, so that a {@code Job} is an {@code Item}.
 */
public abstract class AbstractItem implements Item {
  AbstractItem() {}
}
