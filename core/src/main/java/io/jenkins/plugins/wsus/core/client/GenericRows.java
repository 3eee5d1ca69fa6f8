package io.jenkins.plugins.wsus.core.client;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * Reads {@code ArrayOfGenericReadableRow} / {@code GenericReadableRow}: each {@code Values/anyType}
 * is typed from its {@code xsi:type} (e.g. {@code xsi:type="xsd:int"}), resolving the prefix in the
 * document's scope.
 */
final class GenericRows {

  static final String XSD = "http://www.w3.org/2001/XMLSchema";
  static final String MS_TYPES = "http://microsoft.com/wsdl/types/";

  private GenericRows() {}

  /** The rows of an ArrayOfGenericReadableRow element (null element: no rows; nil rows skipped). */
  static List<GenericRow> rows(Element array, String ns) {
    List<GenericRow> rows = new ArrayList<>();
    if (array == null || Dom.isNil(array)) {
      return rows;
    }
    for (Element row : Dom.children(array, ns, "GenericReadableRow")) {
      if (!Dom.isNil(row)) {
        rows.add(row(row, ns));
      }
    }
    return rows;
  }

  /** One GenericReadableRow element. */
  static GenericRow row(Element row, String ns) {
    List<Object> values = new ArrayList<>();
    Element valuesElement = Dom.child(row, ns, "Values");
    if (valuesElement != null) {
      for (Element any : Dom.children(valuesElement, ns, "anyType")) {
        values.add(value(any, values.size()));
      }
    }
    return new GenericRow(values);
  }

  private static Object value(Element any, int position) {
    if (Dom.isNil(any)) {
      return null;
    }
    String text = any.getTextContent();
    String type = any.getAttributeNS(Dom.XSI, "type");
    if (type == null || type.isEmpty()) {
      return text;
    }
    int colon = type.indexOf(':');
    String prefix = colon < 0 ? null : type.substring(0, colon);
    String local = colon < 0 ? type : type.substring(colon + 1);
    String typeNs = any.lookupNamespaceURI(prefix);
    String name = "value " + position + " (" + type + ")";
    if (MS_TYPES.equals(typeNs)) {
      return switch (local) {
        case "guid" -> XmlValues.parseGuid(name, text);
        case "char" -> (char) XmlValues.parseInt(name, text);
        default -> text;
      };
    }
    if (!XSD.equals(typeNs)) {
      return text;
    }
    return switch (local) {
      case "int", "unsignedShort" -> XmlValues.parseInt(name, text);
      case "short" -> (short) XmlValues.parseInt(name, text);
      case "byte" -> (byte) XmlValues.parseInt(name, text);
      case "unsignedByte" -> (short) XmlValues.parseInt(name, text);
      case "long", "unsignedInt" -> XmlValues.parseLong(name, text);
      case "unsignedLong", "decimal", "integer" -> XmlValues.parseDecimal(name, text);
      case "boolean" -> XmlValues.parseBoolean(name, text);
      case "dateTime" -> XmlValues.parseDateTime(name, text);
      case "base64Binary" -> XmlValues.parseBase64(name, text);
      case "double", "float" -> XmlValues.parseDouble(name, text);
      default -> text;
    };
  }
}
