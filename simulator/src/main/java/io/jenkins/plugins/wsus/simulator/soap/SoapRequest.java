package io.jenkins.plugins.wsus.simulator.soap;

/**
 * What the dispatcher needs from an HTTP request.
 *
 * @param contentType Content-Type header (null when absent)
 * @param soapActionHeader SOAPAction header as sent, quotes included (null when absent)
 * @param body the body bytes (already size-capped)
 */
public record SoapRequest(String contentType, String soapActionHeader, byte[] body) {

  /** The SOAP version the content type announces, or null when it is not a SOAP type. */
  public SoapVersion version() {
    String base = mediaType();
    if (base.equals("text/xml")) {
      return SoapVersion.SOAP11;
    }
    if (base.equals("application/soap+xml")) {
      return SoapVersion.SOAP12;
    }
    return null;
  }

  /** The media type without parameters, lower case. */
  public String mediaType() {
    if (contentType == null) {
      return "";
    }
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
        .trim()
        .toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The action without quotes: from the SOAPAction header (1.1) or the content type's {@code
   * action} parameter (1.2); empty when absent.
   */
  public String action() {
    if (version() == SoapVersion.SOAP12) {
      for (String param : contentType.split(";")) {
        String p = param.trim();
        if (p.toLowerCase(java.util.Locale.ROOT).startsWith("action=")) {
          return unquote(p.substring("action=".length()));
        }
      }
      return soapActionHeader == null ? "" : unquote(soapActionHeader);
    }
    return soapActionHeader == null ? "" : unquote(soapActionHeader);
  }

  /** The operation name the action points at (its last path segment), for fault matching. */
  public String operationHint() {
    String a = action();
    int slash = a.lastIndexOf('/');
    return slash < 0 ? a : a.substring(slash + 1);
  }

  private static String unquote(String s) {
    String t = s.trim();
    if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
      return t.substring(1, t.length() - 1);
    }
    return t;
  }
}
