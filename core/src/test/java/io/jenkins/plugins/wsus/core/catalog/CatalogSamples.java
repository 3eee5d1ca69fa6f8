package io.jenkins.plugins.wsus.core.catalog;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the recorded catalog pages in {@code ../shared/reference/catalog-samples} beside the
 * repository root (walking up from the module directory) and skips the test when they are absent.
 */
final class CatalogSamples {
  private CatalogSamples() {}

  /** The samples folder, or empty when no {@code ../shared} is beside the repository. */
  static java.util.Optional<Path> folder() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolveSibling("shared").resolve("reference").resolve("catalog-samples");
      if (Files.exists(dir.resolve("pom.xml")) && Files.isDirectory(candidate)) {
        return java.util.Optional.of(candidate);
      }
      dir = dir.getParent();
    }
    return java.util.Optional.empty();
  }

  /** The bytes of a recorded page; skips the calling test when the file is absent. */
  static byte[] bytes(String fileName) {
    var folder = folder();
    assumeTrue(
        folder.isPresent(),
        "Skipped: ../shared/reference/catalog-samples not found beside the repository root");
    Path file = folder.get().resolve(fileName);
    assumeTrue(Files.isRegularFile(file), "Skipped: recorded page " + file + " is absent");
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The page as text (UTF-8, BOM removed). */
  static String text(String fileName) {
    return CatalogHtml.decode(bytes(fileName));
  }

  /** A label for error messages of pages parsed without HTTP. */
  static URI url(String fileName) {
    return URI.create("file:///catalog-samples/" + fileName);
  }
}
