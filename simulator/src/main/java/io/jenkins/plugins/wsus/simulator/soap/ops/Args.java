package io.jenkins.plugins.wsus.simulator.soap.ops;

import io.jenkins.plugins.wsus.simulator.soap.WireLayout;
import io.jenkins.plugins.wsus.simulator.soap.xml.RequestFormatException;
import io.jenkins.plugins.wsus.simulator.soap.xml.XmlElement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Typed access to a request element's children: the built-in structural check that applies even
 * without the WSDL. Messages are the .NET ones XmlSerializer wraps in its "error in XML document".
 */
public final class Args {

  private static final Pattern GUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  static final String GUID_FORMAT =
      "Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).";

  private final XmlElement element;

  private Args(XmlElement element) {
    this.element = element;
  }

  public static Args of(XmlElement element) {
    return new Args(element);
  }

  public XmlElement element() {
    return element;
  }

  /** A required child element (minOccurs=1 in the WSDL). */
  public XmlElement required(String name) throws RequestFormatException {
    return element
        .child(name)
        .orElseThrow(
            () ->
                RequestFormatException.at(
                    element,
                    "The required element '"
                        + name
                        + "' in namespace '"
                        + element.namespace()
                        + "' is missing from "
                        + element.describe()
                        + "."));
  }

  public Optional<Args> optionalChild(String name) {
    return element.child(name).filter(e -> !e.isNil()).map(Args::new);
  }

  public Args requiredChild(String name) throws RequestFormatException {
    return new Args(required(name));
  }

  public Optional<String> optionalString(String name) {
    return element.child(name).filter(e -> !e.isNil()).map(XmlElement::text);
  }

  public UUID requiredGuid(String name) throws RequestFormatException {
    return guid(required(name));
  }

  public int requiredInt(String name) throws RequestFormatException {
    XmlElement e = required(name);
    try {
      return Integer.parseInt(e.text().trim());
    } catch (NumberFormatException ex) {
      throw RequestFormatException.at(e, "Input string was not in a correct format.");
    }
  }

  public long requiredLong(String name) throws RequestFormatException {
    XmlElement e = required(name);
    try {
      return Long.parseLong(e.text().trim());
    } catch (NumberFormatException ex) {
      throw RequestFormatException.at(e, "Input string was not in a correct format.");
    }
  }

  public short requiredShort(String name) throws RequestFormatException {
    XmlElement e = required(name);
    try {
      return Short.parseShort(e.text().trim());
    } catch (NumberFormatException ex) {
      throw RequestFormatException.at(e, "Input string was not in a correct format.");
    }
  }

  public boolean requiredBoolean(String name) throws RequestFormatException {
    XmlElement e = required(name);
    String v = e.text().trim();
    return switch (v) {
      case "true", "1" -> true;
      case "false", "0" -> false;
      default ->
          throw RequestFormatException.at(
              e, "The string '" + v + "' is not a valid Boolean value.");
    };
  }

  /** A required xsd:dateTime; null when it is .NET's DateTime.MinValue (an open bound). */
  public Instant requiredDateTime(String name) throws RequestFormatException {
    return dateTime(required(name));
  }

  /** The guids of a tns:ArrayOfGuid child, or null when the child is absent. */
  public List<UUID> guidArray(String name) throws RequestFormatException {
    Optional<XmlElement> array = element.child(name).filter(e -> !e.isNil());
    if (array.isEmpty()) {
      return null;
    }
    List<UUID> ids = new ArrayList<>();
    for (XmlElement g : array.get().childrenNamed("guid")) {
      ids.add(guid(g));
    }
    return ids;
  }

  /** Children of an array child (e.g. {@code EventIdFilter} items), empty when absent. */
  public List<Args> items(String arrayName, String itemName) {
    return element.child(arrayName).stream()
        .flatMap(a -> a.childrenNamed(itemName).stream())
        .filter(e -> !e.isNil())
        .map(Args::new)
        .toList();
  }

  static UUID guid(XmlElement e) throws RequestFormatException {
    String v = e.text().trim();
    if (!GUID.matcher(v).matches()) {
      throw RequestFormatException.at(e, GUID_FORMAT);
    }
    return UUID.fromString(v);
  }

  static Instant dateTime(XmlElement e) throws RequestFormatException {
    String v = e.text().trim();
    if (v.startsWith(WireLayout.DATETIME_MIN)) {
      return null;
    }
    try {
      return OffsetDateTime.parse(v).toInstant();
    } catch (DateTimeParseException offsetMissing) {
      try {
        // .NET sends Unspecified-kind values without an offset; the server treats them as UTC.
        return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException ex) {
        throw RequestFormatException.at(e, "The string '" + v + "' is not a valid AllXsd value.");
      }
    }
  }
}
