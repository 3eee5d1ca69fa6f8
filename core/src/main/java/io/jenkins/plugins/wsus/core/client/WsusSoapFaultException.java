package io.jenkins.plugins.wsus.core.client;

/**
 * The server answered with a SOAP fault: the request arrived and the service refused or failed it.
 */
public final class WsusSoapFaultException extends WsusException {
  private static final long serialVersionUID = 1L;

  /** ASP.NET wraps the real message after this prefix. */
  static final String ASP_NET_PREFIX = "Server was unable to process request. ---> ";

  private final String faultCode;
  private final String faultString;
  private final String innerMessage;

  public WsusSoapFaultException(
      String operation, String server, String faultCode, String faultString) {
    super(
        operation,
        server,
        "the service returned a SOAP fault ("
            + faultCode
            + "): "
            + innerMessageOf(faultString)
            + "; check the server's Application event log and SoftwareDistribution.log",
        null);
    this.faultCode = faultCode;
    this.faultString = faultString;
    this.innerMessage = innerMessageOf(faultString);
  }

  /** The fault code, e.g. {@code soap:Server}. */
  public String faultCode() {
    return faultCode;
  }

  /** The fault string as sent. */
  public String faultString() {
    return faultString;
  }

  /**
   * The message after ASP.NET's "Server was unable to process request. ---> ", else the fault
   * string.
   */
  public String innerMessage() {
    return innerMessage;
  }

  static String innerMessageOf(String faultString) {
    if (faultString == null) {
      return "";
    }
    int at = faultString.indexOf(ASP_NET_PREFIX);
    return at < 0 ? faultString.trim() : faultString.substring(at + ASP_NET_PREFIX.length()).trim();
  }
}
