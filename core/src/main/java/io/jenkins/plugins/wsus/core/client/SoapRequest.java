package io.jenkins.plugins.wsus.core.client;

import java.nio.charset.StandardCharsets;

/**
 * One SOAP 1.1 request ready to send.
 *
 * @param operation the WSDL operation name
 * @param namespace the namespace of the operation's request and response elements
 * @param soapAction the SOAPAction URI (sent quoted)
 * @param envelope the complete UTF-8 envelope
 */
record SoapRequest(String operation, String namespace, String soapAction, byte[] envelope) {

  /** The envelope as text (for tests and diagnostics; it never holds a password). */
  String envelopeText() {
    return new String(envelope, StandardCharsets.UTF_8);
  }
}
