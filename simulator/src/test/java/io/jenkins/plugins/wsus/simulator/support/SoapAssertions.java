package io.jenkins.plugins.wsus.simulator.support;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Parses answers and validates their Body content against the WSDL's schema. */
public final class SoapAssertions {

  public static final String SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/";

  private SoapAssertions() {}

  public static Document parse(byte[] xml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      var builder = f.newDocumentBuilder();
      builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler()); // throws, prints nothing
      return builder.parse(new ByteArrayInputStream(xml));
    } catch (Exception e) {
      throw new AssertionError("answer is not well-formed XML: " + e.getMessage(), e);
    }
  }

  /** The first element child of soap:Body. */
  public static Element bodyChild(Document doc) {
    Element envelope = doc.getDocumentElement();
    for (Node n = envelope.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getLocalName().equals("Body")) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
          if (c instanceof Element child) {
            return child;
          }
        }
      }
    }
    throw new AssertionError("no element in soap:Body");
  }

  /** Validates {@code element} against {@code schema}, failing with the validator's message. */
  public static void validate(Element element, Schema schema) {
    try {
      schema.newValidator().validate(new DOMSource(element));
    } catch (Exception e) {
      throw new AssertionError(
          "<" + element.getLocalName() + "> does not conform to the WSDL: " + e.getMessage(), e);
    }
  }

  /** Text of every descendant element with this local name, in document order. */
  public static List<String> texts(Element root, String localName) {
    List<String> out = new ArrayList<>();
    var nodes = root.getElementsByTagNameNS("*", localName);
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(nodes.item(i).getTextContent());
    }
    return out;
  }

  /** The faultstring of a SOAP 1.1 fault. */
  public static String faultString(byte[] xml) {
    List<String> t = texts(parse(xml).getDocumentElement(), "faultstring");
    if (t.isEmpty()) {
      throw new AssertionError("not a SOAP 1.1 fault: " + new String(xml));
    }
    return t.get(0);
  }

  public static String faultCode(byte[] xml) {
    return texts(parse(xml).getDocumentElement(), "faultcode").get(0);
  }
}
