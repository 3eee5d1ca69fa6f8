package io.jenkins.plugins.wsus.simulator.soap.xml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An element of a parsed request: namespace, local name, attributes, text and children, plus the
 * line and column where it started (ASP.NET names the position of a bad element in its faults).
 */
public final class XmlElement {

  private final String namespace;
  private final String localName;
  private final Map<String, String> attributes;
  private final int line;
  private final int column;
  private final List<XmlElement> children = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();

  XmlElement(
      String namespace, String localName, Map<String, String> attributes, int line, int column) {
    this.namespace = namespace == null ? "" : namespace;
    this.localName = localName;
    this.attributes = Map.copyOf(attributes);
    this.line = line;
    this.column = column;
  }

  void addChild(XmlElement child) {
    children.add(child);
  }

  void appendText(char[] ch, int start, int length) {
    text.append(ch, start, length);
  }

  public String namespace() {
    return namespace;
  }

  public String localName() {
    return localName;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  /** Attribute value by {@code {namespace}local} (Clark notation) or plain local name. */
  public Optional<String> attribute(String clarkName) {
    return Optional.ofNullable(attributes.get(clarkName));
  }

  /** True when {@code xsi:nil="true"}. */
  public boolean isNil() {
    return attribute("{http://www.w3.org/2001/XMLSchema-instance}nil")
        .map(v -> v.trim().equals("true") || v.trim().equals("1"))
        .orElse(false);
  }

  public List<XmlElement> children() {
    return Collections.unmodifiableList(children);
  }

  /** The text directly inside this element. */
  public String text() {
    return text.toString();
  }

  /** The first child with this local name in the same namespace as this element. */
  public Optional<XmlElement> child(String name) {
    return children.stream()
        .filter(c -> c.localName.equals(name) && c.namespace.equals(namespace))
        .findFirst();
  }

  /** Every child with this local name in the same namespace as this element. */
  public List<XmlElement> childrenNamed(String name) {
    return children.stream()
        .filter(c -> c.localName.equals(name) && c.namespace.equals(namespace))
        .toList();
  }

  /** {@code <name xmlns='ns'>}, as .NET's XmlSerializer names elements in its messages. */
  public String describe() {
    return "<" + localName + " xmlns='" + namespace + "'>";
  }

  @Override
  public String toString() {
    return "{" + namespace + "}" + localName + "@" + line + ":" + column;
  }
}
