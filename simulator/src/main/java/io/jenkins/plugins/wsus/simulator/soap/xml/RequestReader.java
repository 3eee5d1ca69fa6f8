package io.jenkins.plugins.wsus.simulator.soap.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.Schema;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;
import org.xml.sax.helpers.NamespaceSupport;

/**
 * Parses a SOAP request into an {@link XmlElement} tree with a hardened SAX parser and, when a
 * schema is given, validates the operation element (the first child of the SOAP Body) against it as
 * it streams, so schema errors carry the line and column of the original document.
 */
public final class RequestReader {

  private static final SAXParserFactory FACTORY = SecureXml.saxParserFactory();

  /**
   * The .NET text for a request carrying a DOCTYPE (XmlReaderSettings.DtdProcessing = Prohibit).
   */
  static final String DTD_PROHIBITED =
      "For security reasons DTD is prohibited in this XML document. To enable DTD processing set"
          + " the DtdProcessing property on XmlReaderSettings to Parse and pass the settings into"
          + " XmlReader.Create method.";

  private final Optional<Schema> schema;

  public RequestReader(Optional<Schema> schema) {
    this.schema = schema;
  }

  /**
   * Parses {@code body}; the returned element is the document element (normally the envelope).
   *
   * @param expectedNamespace namespace of the operation element the SOAPAction selected
   * @param expectedName its local name; another element is not validated here (the dispatcher
   *     rejects it by name, as ASP.NET does, before any content check)
   */
  public XmlElement read(byte[] body, String expectedNamespace, String expectedName)
      throws RequestFormatException {
    TreeBuilder builder = new TreeBuilder(schema.orElse(null), expectedNamespace, expectedName);
    try {
      SAXParser parser = FACTORY.newSAXParser();
      InputSource source = new InputSource(new ByteArrayInputStream(body));
      parser.parse(source, builder);
    } catch (SAXParseException e) {
      throw new RequestFormatException(
          Math.max(e.getLineNumber(), 1), Math.max(e.getColumnNumber(), 1), netMessage(e));
    } catch (SAXException e) {
      throw new RequestFormatException(1, 1, netMessage(e));
    } catch (IOException | ParserConfigurationException e) {
      throw new RequestFormatException(1, 1, "Unable to read the request: " + e.getMessage());
    }
    if (builder.root == null) {
      throw new RequestFormatException(1, 1, "Root element is missing.");
    }
    return builder.root;
  }

  private static String netMessage(SAXException e) {
    String message = String.valueOf(e.getMessage());
    if (message.contains("DOCTYPE") || message.contains("doctype")) {
      return DTD_PROHIBITED;
    }
    return message;
  }

  /** Builds the tree and feeds the operation element's events to a schema validator. */
  private static final class TreeBuilder extends DefaultHandler {
    private final Schema schema;
    private final String expectedNamespace;
    private final String expectedName;
    private final Deque<XmlElement> stack = new ArrayDeque<>();
    private final NamespaceSupport namespaces = new NamespaceSupport();
    private boolean contextPushed;
    private Locator locator;
    private XmlElement root;
    private ValidatorHandler validator;
    private int validatedDepth;

    TreeBuilder(Schema schema, String expectedNamespace, String expectedName) {
      this.schema = schema;
      this.expectedNamespace = expectedNamespace;
      this.expectedName = expectedName;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
      if (!contextPushed) {
        namespaces.pushContext();
        contextPushed = true;
      }
      namespaces.declarePrefix(prefix, uri);
      if (validator != null) {
        validator.startPrefixMapping(prefix, uri);
      }
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
      if (validator != null) {
        validator.endPrefixMapping(prefix);
      }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts)
        throws SAXException {
      if (!contextPushed) {
        namespaces.pushContext();
      }
      contextPushed = false;
      Map<String, String> attributes = new HashMap<>();
      for (int i = 0; i < atts.getLength(); i++) {
        String ns = atts.getURI(i);
        String key =
            ns == null || ns.isEmpty()
                ? atts.getLocalName(i)
                : "{" + ns + "}" + atts.getLocalName(i);
        attributes.put(key, atts.getValue(i));
      }
      XmlElement element =
          new XmlElement(
              uri,
              localName,
              attributes,
              locator == null ? 1 : locator.getLineNumber(),
              locator == null ? 1 : locator.getColumnNumber());
      if (stack.isEmpty()) {
        root = element;
      } else {
        stack.peek().addChild(element);
      }
      stack.push(element);
      int depth = stack.size();
      if (validator == null
          && schema != null
          && depth == 3
          && "Body".equals(stack.toArray(new XmlElement[0])[1].localName())
          && expectedNamespace.equals(uri)
          && expectedName.equals(localName)) {
        startValidation();
      }
      if (validator != null) {
        validatedDepth++;
        validator.startElement(uri, localName, qName, new AttributesImpl(atts));
      }
    }

    private void startValidation() throws SAXException {
      validator = schema.newValidatorHandler();
      validator.setErrorHandler(new FailFast());
      validator.setDocumentLocator(locator);
      validator.startDocument();
      for (var prefixes = namespaces.getPrefixes(); prefixes.hasMoreElements(); ) {
        String prefix = (String) prefixes.nextElement();
        if (!"xml".equals(prefix)) {
          validator.startPrefixMapping(prefix, namespaces.getURI(prefix));
        }
      }
      String defaultNs = namespaces.getURI("");
      if (defaultNs != null) {
        validator.startPrefixMapping("", defaultNs);
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
      stack.pop();
      namespaces.popContext();
      if (validator != null) {
        validator.endElement(uri, localName, qName);
        if (--validatedDepth == 0) {
          validator.endDocument();
          validator = null;
        }
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      if (!stack.isEmpty()) {
        stack.peek().appendText(ch, start, length);
      }
      if (validator != null) {
        validator.characters(ch, start, length);
      }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
      if (validator != null) {
        validator.ignorableWhitespace(ch, start, length);
      }
    }

    @Override
    public InputSource resolveEntity(String publicId, String systemId) throws SAXException {
      throw new SAXException(DTD_PROHIBITED);
    }
  }

  private static final class FailFast implements ErrorHandler {
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
  }
}
