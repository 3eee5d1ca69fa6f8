package io.jenkins.plugins.wsus.simulator.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jenkins.plugins.wsus.simulator.soap.xml.WsdlSchemas;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.xml.validation.Schema;

/** Finds {@code ../shared/reference} by walking up from the module directory. */
public final class SharedReference {

  private static Schema schema;

  private SharedReference() {}

  public static Optional<Path> wsdl() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path p = dir.resolve("shared/reference/wsus-api-remoting/ApiRemoting30.wsdl");
      if (Files.isRegularFile(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** The WSDL path, or skips the test with a message. */
  public static Path requireWsdl() {
    Optional<Path> p = wsdl();
    assumeTrue(
        p.isPresent(),
        "../shared/reference/wsus-api-remoting/ApiRemoting30.wsdl is absent: skipping WSDL checks");
    return p.get();
  }

  /** The WSDL's compiled schema, or skips. */
  public static synchronized Schema requireSchema() {
    if (schema == null) {
      try {
        schema = WsdlSchemas.compile(Files.readString(requireWsdl()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return schema;
  }
}
