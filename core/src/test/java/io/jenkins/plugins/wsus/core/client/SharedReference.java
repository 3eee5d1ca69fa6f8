package io.jenkins.plugins.wsus.core.client;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates {@code ../shared/reference} by walking up from the module directory. */
final class SharedReference {

  private SharedReference() {}

  /** The WSDL, or the test is skipped with a message. */
  static Path wsdl() {
    Path found = find("reference/wsus-api-remoting/ApiRemoting30.wsdl");
    assumeTrue(
        found != null,
        "skipped: ../shared/reference/wsus-api-remoting/ApiRemoting30.wsdl not found above "
            + Path.of("").toAbsolutePath());
    return found;
  }

  private static Path find(String relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolveSibling("shared").resolve(relative);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
      candidate = dir.resolve("shared").resolve(relative);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
