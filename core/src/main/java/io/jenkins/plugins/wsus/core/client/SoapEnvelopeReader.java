package io.jenkins.plugins.wsus.core.client;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Opens a SOAP 1.1 answer: returns the operation's response element, or turns a {@code soap:Fault}
 * into a {@link WsusSoapFaultException}. Anything else is a {@link MalformedResponse}.
 */
final class SoapEnvelopeReader {

  private SoapEnvelopeReader() {}

  /** The body's single child element: the response element or a fault. */
  static Element bodyChild(byte[] xml) {
    Document doc = SafeXml.parse(xml);
    Element envelope = doc.getDocumentElement();
    if (!"Envelope".equals(envelope.getLocalName())
        || !ApiRemotingRequests.SOAP_ENV.equals(envelope.getNamespaceURI())) {
      throw new MalformedResponse(
          "the answer is not a SOAP 1.1 envelope (root element " + envelope.getNodeName() + ")");
    }
    Element body = Dom.required(envelope, ApiRemotingRequests.SOAP_ENV, "Body");
    var children = Dom.children(body);
    if (children.isEmpty()) {
      throw new MalformedResponse("the SOAP body is empty");
    }
    return children.get(0);
  }

  /** Whether the element is a SOAP 1.1 fault. */
  static boolean isFault(Element element) {
    return "Fault".equals(element.getLocalName())
        && ApiRemotingRequests.SOAP_ENV.equals(element.getNamespaceURI());
  }

  /** The fault as an exception (faultcode and faultstring are unqualified in SOAP 1.1). */
  static WsusSoapFaultException fault(Element fault, String operation, String server) {
    String code = textOfUnqualified(fault, "faultcode");
    String string = textOfUnqualified(fault, "faultstring");
    return new WsusSoapFaultException(
        operation, server, code == null ? "" : code.trim(), string == null ? "" : string);
  }

  /**
   * The response element of {@code request}.
   *
   * @throws WsusSoapFaultException when the body holds a fault
   * @throws MalformedResponse when the body holds something else
   */
  static Element response(byte[] xml, SoapRequest request, String server)
      throws WsusSoapFaultException {
    Element child = bodyChild(xml);
    if (isFault(child)) {
      throw fault(child, request.operation(), server);
    }
    String expected = request.operation() + "Response";
    if (!expected.equals(child.getLocalName())
        || !request.namespace().equals(child.getNamespaceURI())) {
      throw new MalformedResponse(
          "expected "
              + expected
              + " in namespace "
              + request.namespace()
              + " but the body holds {"
              + child.getNamespaceURI()
              + "}"
              + child.getLocalName());
    }
    return child;
  }

  private static String textOfUnqualified(Element parent, String name) {
    for (Element e : Dom.children(parent)) {
      if (name.equals(e.getLocalName())) {
        return e.getTextContent();
      }
    }
    return null;
  }
}
