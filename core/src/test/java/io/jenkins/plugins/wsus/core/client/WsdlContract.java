package io.jenkins.plugins.wsus.core.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Source;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The real WSDL as a test oracle: its {@code <s:schema>} blocks compiled into one {@link Schema},
 * and the SOAP 1.1 binding's SOAPAction per operation.
 */
final class WsdlContract {

  static final String XSD = XMLConstants.W3C_XML_SCHEMA_NS_URI;
  static final String WSDL = "http://schemas.xmlsoap.org/wsdl/";
  static final String SOAP11_BINDING = "http://schemas.xmlsoap.org/wsdl/soap/";

  private static WsdlContract instance;

  final Schema schema;
  final Map<String, String> soap11Actions;

  private WsdlContract(Schema schema, Map<String, String> soap11Actions) {
    this.schema = schema;
    this.soap11Actions = soap11Actions;
  }

  static synchronized WsdlContract load() throws Exception {
    if (instance == null) {
      instance = read(SharedReference.wsdl());
    }
    return instance;
  }

  private static WsdlContract read(Path wsdlFile) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document wsdl;
    try (InputStream in = Files.newInputStream(wsdlFile)) {
      wsdl = f.newDocumentBuilder().parse(in);
    }
    Element definitions = wsdl.getDocumentElement();

    List<Source> sources = new ArrayList<>();
    NodeList schemas = wsdl.getElementsByTagNameNS(XSD, "schema");
    for (int i = 0; i < schemas.getLength(); i++) {
      Element schema = (Element) schemas.item(i);
      // Stand-alone copy: carry the prefixes (s, s1, s2, tns) declared on wsdl:definitions.
      Document copy = f.newDocumentBuilder().newDocument();
      Element imported = (Element) copy.importNode(schema, true);
      NamedNodeMap attributes = definitions.getAttributes();
      for (int a = 0; a < attributes.getLength(); a++) {
        Attr attr = (Attr) attributes.item(a);
        if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attr.getNamespaceURI())
            && !imported.hasAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, attr.getLocalName())) {
          imported.setAttributeNS(
              XMLConstants.XMLNS_ATTRIBUTE_NS_URI, attr.getName(), attr.getValue());
        }
      }
      copy.appendChild(imported);
      // Xerces resolves a location-less xs:import only against schemas loaded before it.
      if (schema.getElementsByTagNameNS(XSD, "import").getLength() == 0) {
        sources.add(0, new DOMSource(copy));
      } else {
        sources.add(new DOMSource(copy));
      }
    }
    SchemaFactory sf = SchemaFactory.newInstance(XSD);
    sf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    Schema schema = sf.newSchema(sources.toArray(Source[]::new));

    Map<String, String> actions = new HashMap<>();
    for (Element binding : children(definitions, WSDL, "binding")) {
      if (children(binding, SOAP11_BINDING, "binding").isEmpty()) {
        continue; // the SOAP 1.2 binding
      }
      for (Element operation : children(binding, WSDL, "operation")) {
        for (Element soapOperation : children(operation, SOAP11_BINDING, "operation")) {
          actions.put(operation.getAttribute("name"), soapOperation.getAttribute("soapAction"));
        }
      }
    }
    return new WsdlContract(schema, actions);
  }

  private static List<Element> children(Element parent, String ns, String name) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && ns.equals(e.getNamespaceURI())
          && name.equals(e.getLocalName())) {
        out.add(e);
      }
    }
    return out;
  }

  /** Validates the SOAP body's child of an envelope against the WSDL schema. */
  void validateBody(byte[] envelope) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc = f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(envelope));
    Element envelopeElement = doc.getDocumentElement();
    Element body = null;
    for (Node n = envelopeElement.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && "Body".equals(e.getLocalName())) {
        body = e;
      }
    }
    if (body == null) {
      throw new IOException("no soap:Body");
    }
    Element operation = null;
    for (Node n = body.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        if (operation != null) {
          throw new IOException("more than one element in soap:Body");
        }
        operation = e;
      }
    }
    if (operation == null) {
      throw new IOException("empty soap:Body");
    }
    Document standalone = f.newDocumentBuilder().newDocument();
    standalone.appendChild(standalone.importNode(operation, true));
    schema.newValidator().validate(new DOMSource(standalone));
  }
}
