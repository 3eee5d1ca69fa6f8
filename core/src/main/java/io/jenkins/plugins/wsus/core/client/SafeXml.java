package io.jenkins.plugins.wsus.core.client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * A hardened namespace-aware DOM parser for server answers: secure processing on, any DOCTYPE
 * refused outright (so no DTD and no entity, internal or external, is ever read or resolved), no
 * XInclude, no external access. Input is already size-capped by the transport.
 */
final class SafeXml {

  private static final DocumentBuilderFactory FACTORY = newFactory();

  private SafeXml() {}

  private static DocumentBuilderFactory newFactory() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      return f;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser cannot be hardened", e);
    }
  }

  /**
   * Parses a document.
   *
   * @throws MalformedResponse when it is not well-formed XML or has a DOCTYPE
   */
  static Document parse(byte[] xml) {
    DocumentBuilder builder;
    try {
      synchronized (FACTORY) {
        builder = FACTORY.newDocumentBuilder();
      }
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("cannot create an XML parser", e);
    }
    builder.setErrorHandler(SILENT);
    builder.setEntityResolver(
        (publicId, systemId) -> {
          throw new SAXException("external entity refused: " + systemId);
        });
    try {
      return builder.parse(new ByteArrayInputStream(xml));
    } catch (SAXParseException e) {
      String message = String.valueOf(e.getMessage());
      if (message.contains("DOCTYPE")) {
        throw new MalformedResponse(
            "the response declares a DTD (DOCTYPE), which is refused and never resolved", e);
      }
      throw new MalformedResponse(
          "not well-formed XML at line "
              + e.getLineNumber()
              + ", column "
              + e.getColumnNumber()
              + ": "
              + XmlValues.abbreviate(message),
          e);
    } catch (SAXException e) {
      throw new MalformedResponse(
          "not well-formed XML: " + XmlValues.abbreviate(e.getMessage()), e);
    } catch (IOException e) {
      throw new MalformedResponse("cannot read the XML: " + e.getMessage(), e);
    }
  }

  /** Keeps the parser from printing "[Fatal Error]" to stderr; errors surface as exceptions. */
  private static final ErrorHandler SILENT =
      new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      };
}
