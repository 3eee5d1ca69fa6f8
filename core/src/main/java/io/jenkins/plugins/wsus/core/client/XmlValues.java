package io.jenkins.plugins.wsus.core.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;

/**
 * Parses XML Schema lexical values as .NET writes them; a bad value is a {@link MalformedResponse}.
 */
final class XmlValues {

  private XmlValues() {}

  static int parseInt(String name, String text) {
    try {
      return Integer.parseInt(required(name, text));
    } catch (NumberFormatException e) {
      throw new MalformedResponse(name + " is not an int: '" + abbreviate(text) + "'");
    }
  }

  static long parseLong(String name, String text) {
    try {
      return Long.parseLong(required(name, text));
    } catch (NumberFormatException e) {
      throw new MalformedResponse(name + " is not a long: '" + abbreviate(text) + "'");
    }
  }

  static boolean parseBoolean(String name, String text) {
    return switch (required(name, text)) {
      case "true", "1" -> true;
      case "false", "0" -> false;
      default ->
          throw new MalformedResponse(name + " is not a boolean: '" + abbreviate(text) + "'");
    };
  }

  static UUID parseGuid(String name, String text) {
    String value = required(name, text);
    if (value.startsWith("{") && value.endsWith("}")) {
      value = value.substring(1, value.length() - 1);
    }
    if (value.length() != 36) {
      throw new MalformedResponse(name + " is not a GUID: '" + abbreviate(text) + "'");
    }
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw new MalformedResponse(name + " is not a GUID: '" + abbreviate(text) + "'");
    }
  }

  /**
   * xs:dateTime. .NET writes UTC with 'Z', local times with an offset, and "unspecified" times
   * without one; the zone of the last is {@link ApiRemotingMappings#UNSPECIFIED_TIME_ZONE}.
   */
  static Instant parseDateTime(String name, String text) {
    String value = required(name, text);
    try {
      TemporalAccessor parsed =
          DateTimeFormatter.ISO_DATE_TIME.parseBest(
              value, OffsetDateTime::from, LocalDateTime::from);
      if (parsed instanceof OffsetDateTime odt) {
        return odt.toInstant();
      }
      return ((LocalDateTime) parsed).toInstant(ApiRemotingMappings.UNSPECIFIED_TIME_ZONE);
    } catch (DateTimeParseException e) {
      throw new MalformedResponse(name + " is not a dateTime: '" + abbreviate(text) + "'");
    }
  }

  static byte[] parseBase64(String name, String text) {
    try {
      return Base64.getMimeDecoder().decode(required(name, text));
    } catch (IllegalArgumentException e) {
      throw new MalformedResponse(name + " is not base64: '" + abbreviate(text) + "'");
    }
  }

  static BigDecimal parseDecimal(String name, String text) {
    try {
      return new BigDecimal(required(name, text));
    } catch (NumberFormatException e) {
      throw new MalformedResponse(name + " is not a decimal: '" + abbreviate(text) + "'");
    }
  }

  static double parseDouble(String name, String text) {
    String value = required(name, text);
    switch (value) {
      case "INF":
        return Double.POSITIVE_INFINITY;
      case "-INF":
        return Double.NEGATIVE_INFINITY;
      case "NaN":
        return Double.NaN;
      default:
        try {
          return Double.parseDouble(value);
        } catch (NumberFormatException e) {
          throw new MalformedResponse(name + " is not a number: '" + abbreviate(text) + "'");
        }
    }
  }

  private static String required(String name, String text) {
    if (text == null || text.isBlank()) {
      throw new MalformedResponse(name + " is missing or empty");
    }
    return text.trim();
  }

  /** Keeps messages short when a server sends something huge where a value belongs. */
  static String abbreviate(String text) {
    if (text == null) {
      return "";
    }
    String oneLine = text.replaceAll("\\s+", " ").trim();
    return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "...";
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
