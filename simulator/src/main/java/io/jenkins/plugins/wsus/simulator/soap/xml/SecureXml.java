package io.jenkins.plugins.wsus.simulator.soap.xml;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/** Factories for XML parsers with DTDs, external entities and external schemas off. */
public final class SecureXml {

  private SecureXml() {}

  /** A namespace-aware SAX parser factory that refuses any DOCTYPE. */
  public static SAXParserFactory saxParserFactory() {
    try {
      SAXParserFactory f = SAXParserFactory.newInstance();
      f.setNamespaceAware(true);
      f.setValidating(false);
      f.setXIncludeAware(false);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      return f;
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("The JDK's SAX parser lacks a required security feature", e);
    }
  }

  /** A W3C XML Schema factory that may not fetch anything external. */
  public static SchemaFactory schemaFactory() {
    SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    try {
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    } catch (SAXException e) {
      throw new IllegalStateException("The JDK's schema factory lacks a security feature", e);
    }
    return f;
  }
}
