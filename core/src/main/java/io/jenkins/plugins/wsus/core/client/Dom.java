package io.jenkins.plugins.wsus.core.client;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small namespace-aware helpers over DOM elements. */
final class Dom {

  static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

  private Dom() {}

  /** Child elements of {@code parent} in namespace {@code ns} named {@code name}, in order. */
  static List<Element> children(Element parent, String ns, String name) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && name.equals(e.getLocalName())
          && ns.equals(e.getNamespaceURI())) {
        out.add(e);
      }
    }
    return out;
  }

  /** All child elements, in order. */
  static List<Element> children(Element parent) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        out.add(e);
      }
    }
    return out;
  }

  /** The first such child, or null. */
  static Element child(Element parent, String ns, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && name.equals(e.getLocalName())
          && ns.equals(e.getNamespaceURI())) {
        return e;
      }
    }
    return null;
  }

  /** The first such child; missing is malformed. */
  static Element required(Element parent, String ns, String name) {
    Element e = child(parent, ns, name);
    if (e == null) {
      throw new MalformedResponse("missing element " + name + " in " + parent.getLocalName());
    }
    return e;
  }

  /** The text of the first such child, or null when absent or nil. */
  static String text(Element parent, String ns, String name) {
    Element e = child(parent, ns, name);
    return e == null || isNil(e) ? null : e.getTextContent();
  }

  /** The text of the first such child; missing is malformed. */
  static String requiredText(Element parent, String ns, String name) {
    Element e = required(parent, ns, name);
    if (isNil(e)) {
      throw new MalformedResponse(name + " in " + parent.getLocalName() + " is nil");
    }
    return e.getTextContent();
  }

  static boolean isNil(Element e) {
    String nil = e.getAttributeNS(XSI, "nil");
    return "true".equals(nil) || "1".equals(nil);
  }

  /** The string items of an ArrayOfString ({@code <string>} children), nil items as null. */
  static List<String> strings(Element array, String ns) {
    List<String> out = new ArrayList<>();
    if (array != null) {
      for (Element s : children(array, ns, "string")) {
        out.add(isNil(s) ? null : s.getTextContent());
      }
    }
    return out;
  }
}
