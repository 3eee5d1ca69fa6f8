package io.jenkins.plugins.wsus.simulator.soap.xml;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.Source;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Compiles the {@code <s:schema>} blocks of the real WSDL into one {@link Schema}: the simulator
 * validates requests (and its tests validate responses) against exactly what the WSDL declares.
 */
public final class WsdlSchemas {

  private static final String XSD = XMLConstants.W3C_XML_SCHEMA_NS_URI;

  /** Compiled schemas by WSDL text: a Schema is immutable and thread-safe, compiling takes ~1 s. */
  private static final java.util.Map<String, Schema> CACHE =
      java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

  private WsdlSchemas() {}

  /** Like {@link #compile} but reuses an earlier compilation of the same text. */
  public static Schema compileCached(String wsdl) {
    Schema cached = CACHE.get(wsdl);
    if (cached == null) {
      cached = compile(wsdl);
      CACHE.put(wsdl, cached);
    }
    return cached;
  }

  /** The schema of the WSDL text {@code wsdl}. */
  public static Schema compile(String wsdl) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(wsdl)));
      Element root = doc.getDocumentElement();
      NodeList schemas = doc.getElementsByTagNameNS(XSD, "schema");
      List<Source> sources = new ArrayList<>();
      List<Source> importing = new ArrayList<>();
      for (int i = 0; i < schemas.getLength(); i++) {
        Element schema = (Element) schemas.item(i);
        copyNamespaceDeclarations(root, schema);
        boolean imports = schema.getElementsByTagNameNS(XSD, "import").getLength() > 0;
        (imports ? importing : sources).add(new DOMSource(schema));
      }
      sources.addAll(importing);
      if (sources.isEmpty()) {
        throw new IllegalArgumentException("The WSDL declares no XML schema");
      }
      return SecureXml.schemaFactory().newSchema(sources.toArray(new Source[0]));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new IllegalArgumentException("Cannot compile the WSDL's schemas: " + e.getMessage(), e);
    }
  }

  /** Schemas inside a WSDL rely on prefixes declared on wsdl:definitions; make them local. */
  private static void copyNamespaceDeclarations(Element from, Element to) {
    NamedNodeMap attrs = from.getAttributes();
    for (int i = 0; i < attrs.getLength(); i++) {
      Node a = attrs.item(i);
      if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI())
          && !to.hasAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, a.getLocalName())) {
        to.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, a.getNodeName(), a.getNodeValue());
      }
    }
  }
}
