package hudson.model;

/** Opaque shell of Jenkins' {@code hudson.model.ItemGroup}. */
public interface ItemGroup<T extends Item> {}
