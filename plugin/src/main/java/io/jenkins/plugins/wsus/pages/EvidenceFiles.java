package io.jenkins.plugins.wsus.pages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The evidence reports archived in a build's {@code wsus-evidence} folder. Only plain file names
 * are accepted (no path, no traversal), and only JSON is served: HTML reports stay archived but are
 * not served from the Jenkins origin, so nothing in them can run in a user's session.
 */
public final class EvidenceFiles {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,200}");

  private EvidenceFiles() {}

  /** The report files in {@code folder}, sorted; empty when there is none. */
  public static List<String> list(Path folder) {
    if (folder == null || !Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(Files::isRegularFile)
          .map(p -> p.getFileName().toString())
          .filter(n -> NAME.matcher(n).matches() && (n.endsWith(".json") || n.endsWith(".html")))
          .sorted()
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /** The JSON report {@code name} in {@code folder}, if it is one that may be served. */
  public static Optional<Path> servable(Path folder, String name) {
    if (folder == null
        || name == null
        || !NAME.matcher(name).matches()
        || !name.endsWith(".json")) {
      return Optional.empty();
    }
    Path file = folder.resolve(name).normalize();
    return file.getParent().equals(folder.normalize()) && Files.isRegularFile(file)
        ? Optional.of(file)
        : Optional.empty();
  }
}
