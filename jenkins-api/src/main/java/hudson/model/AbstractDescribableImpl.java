package hudson.model;

/** Declaration of Jenkins' {@code hudson.model.AbstractDescribableImpl}. */
public abstract class AbstractDescribableImpl<T extends AbstractDescribableImpl<T>>
    implements Describable<T> {
  public AbstractDescribableImpl() {}
}
