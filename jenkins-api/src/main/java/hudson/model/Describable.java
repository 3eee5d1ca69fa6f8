package hudson.model;

/** Declaration of Jenkins' {@code hudson.model.Describable}. */
public interface Describable<T extends Describable<T>> {
  default Descriptor<T> getDescriptor() {
    throw new UnsupportedOperationException("compile-only declaration");
  }
}
