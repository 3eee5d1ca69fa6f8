package hudson;

/** Declaration of Jenkins' {@code hudson.ExtensionPoint}. */
public interface ExtensionPoint {}
