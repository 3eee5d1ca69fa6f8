package io.jenkins.plugins.wsus.simulator.soap;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;

/**
 * Writes response XML the way ASP.NET's XmlSerializer does: qualified elements with a default
 * namespace on the wrapper, {@code xsi:type} on generic values, {@code xsi:nil} for nulls.
 */
public final class XmlWriter {

  /** .NET writes UTC DateTime values with seven fractional digits and a Z. */
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSS'Z'").withZone(ZoneOffset.UTC);

  private final StringBuilder out = new StringBuilder(512);
  private final Deque<String> open = new ArrayDeque<>();
  private boolean startTagOpen;

  /** Opens {@code <name>}. */
  public XmlWriter start(String name) {
    closeStartTag();
    out.append('<').append(name);
    open.push(name);
    startTagOpen = true;
    return this;
  }

  /** Adds an attribute to the element just opened. */
  public XmlWriter attr(String name, String value) {
    if (!startTagOpen) {
      throw new IllegalStateException("attribute outside a start tag: " + name);
    }
    out.append(' ').append(name).append("=\"").append(escape(value, true)).append('"');
    return this;
  }

  /** Writes escaped text; an empty string leaves the element empty ({@code <a />}, as .NET). */
  public XmlWriter text(String value) {
    if (value.isEmpty()) {
      return this;
    }
    closeStartTag();
    out.append(escape(value, false));
    return this;
  }

  /** Closes the innermost element ({@code <a />} when it had no content, as .NET writes it). */
  public XmlWriter end() {
    String name = open.pop();
    if (startTagOpen) {
      out.append(" />");
      startTagOpen = false;
    } else {
      out.append("</").append(name).append('>');
    }
    return this;
  }

  /** {@code <name>text</name>}; nothing when {@code value} is null (minOccurs=0 strings). */
  public XmlWriter element(String name, String value) {
    if (value == null) {
      return this;
    }
    return start(name).text(value).end();
  }

  public XmlWriter element(String name, int value) {
    return element(name, Integer.toString(value));
  }

  public XmlWriter element(String name, long value) {
    return element(name, Long.toString(value));
  }

  public XmlWriter element(String name, boolean value) {
    return element(name, value ? "true" : "false");
  }

  public XmlWriter element(String name, Instant value) {
    return element(name, dateTime(value));
  }

  public XmlWriter element(String name, UUID value) {
    return element(name, value.toString());
  }

  /** {@code <name><string>..</string>...</name>} for a tns:ArrayOfString. */
  public XmlWriter stringArray(String name, List<String> values) {
    start(name);
    for (String v : values) {
      if (v == null) {
        start("string").attr("xsi:nil", "true").end();
      } else {
        element("string", v);
      }
    }
    return end();
  }

  /** A tns:ArrayOfGenericReadableRow named {@code name}. */
  public XmlWriter rows(String name, List<List<Object>> rows) {
    start(name);
    for (List<Object> row : rows) {
      row("GenericReadableRow", row);
    }
    return end();
  }

  /** A tns:GenericReadableRow named {@code name}: {@code <Values><anyType xsi:type=..>}. */
  public XmlWriter row(String name, List<Object> values) {
    start(name).start("Values");
    for (Object v : values) {
      anyType(v);
    }
    return end().end();
  }

  private void anyType(Object v) {
    start("anyType");
    if (v == null) {
      attr("xsi:nil", "true");
    } else if (v instanceof Integer i) {
      attr("xsi:type", "xsd:int").text(i.toString());
    } else if (v instanceof Long l) {
      attr("xsi:type", "xsd:long").text(l.toString());
    } else if (v instanceof Short s) {
      attr("xsi:type", "xsd:short").text(s.toString());
    } else if (v instanceof Boolean b) {
      attr("xsi:type", "xsd:boolean").text(b ? "true" : "false");
    } else if (v instanceof Instant t) {
      attr("xsi:type", "xsd:dateTime").text(dateTime(t));
    } else if (v instanceof UUID u) {
      // How XmlSerializer writes a Guid boxed in an object.
      attr("xmlns:q1", WireLayout.NS_TYPES).attr("xsi:type", "q1:guid").text(u.toString());
    } else if (v instanceof String s) {
      attr("xsi:type", "xsd:string").text(s);
    } else {
      throw new IllegalArgumentException("No xsi:type for " + v.getClass().getName());
    }
    end();
  }

  /** An xsd:dateTime as .NET writes a UTC DateTime. */
  public static String dateTime(Instant t) {
    return DATE_TIME.format(t);
  }

  private void closeStartTag() {
    if (startTagOpen) {
      out.append('>');
      startTagOpen = false;
    }
  }

  /** The XML written so far; every element must be closed. */
  public String finish() {
    if (!open.isEmpty()) {
      throw new IllegalStateException("unclosed elements: " + open);
    }
    return out.toString();
  }

  static String escape(String s, boolean attribute) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append(attribute ? "&quot;" : "\"");
        case '\r' -> b.append("&#xD;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t') {
            b.append("&#x").append(Integer.toHexString(c).toUpperCase()).append(';');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
