package io.jenkins.plugins.wsus.core.state;

import java.nio.file.Path;

/** Run in a second JVM: tries to open the state directory and exits 0 (opened) or 3 (locked). */
public final class LockProbe {
  private LockProbe() {}

  public static void main(String[] args) {
    try (StateDirectory dir = StateDirectory.open(Path.of(args[0]))) {
      System.out.println("opened " + dir.root());
      System.exit(0);
    } catch (StateDirectoryLockedException e) {
      System.out.println(e.getMessage());
      System.exit(3);
    }
  }
}
