package io.jenkins.plugins.wsus.simulator.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The real WSDL, loaded once at start, served at {@code ?WSDL}. */
public final class WsdlResource {

  /** A real WSDL is 371 110 bytes; refuse anything absurdly larger. */
  private static final long MAX_BYTES = 8L * 1024 * 1024;

  private final Path path;
  private final String text;

  private WsdlResource(Path path, String text) {
    this.path = path;
    this.text = text;
  }

  /** Loads the WSDL at {@code path}, or none. */
  public static Optional<WsdlResource> load(Optional<Path> path) {
    if (path.isEmpty()) {
      return Optional.empty();
    }
    try {
      long size = Files.size(path.get());
      if (size > MAX_BYTES) {
        throw new IllegalArgumentException(
            "WSDL " + path.get() + " is " + size + " bytes, more than " + MAX_BYTES);
      }
      return Optional.of(
          new WsdlResource(path.get(), Files.readString(path.get(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the WSDL at " + path.get(), e);
    }
  }

  /** Every SOAPAction the WSDL's bindings declare. */
  public java.util.Set<String> soapActions() {
    java.util.Set<String> actions = new java.util.TreeSet<>();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("soapAction=\"([^\"]+)\"").matcher(text);
    while (m.find()) {
      actions.add(m.group(1));
    }
    return actions;
  }

  public Path path() {
    return path;
  }

  public String text() {
    return text;
  }
}
