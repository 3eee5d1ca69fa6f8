package io.jenkins.plugins.wsus.core.client;

/** SOAP answer text as an ASP.NET web service writes it. */
final class Soap {

  static final String NS =
      "http://www.microsoft.com/SoftwareDistribution/Server/ApiRemotingWebService";
  static final String MON = "http://www.microsoft.com/SoftwareDistribution/Server/IMonitorable";

  private Soap() {}

  static String envelope(String body) {
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
        + "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\""
        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
        + " xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\"><soap:Body>"
        + body
        + "</soap:Body></soap:Envelope>";
  }

  static String fault(String code, String string) {
    return envelope(
        "<soap:Fault><faultcode>"
            + code
            + "</faultcode><faultstring>"
            + string
            + "</faultstring><detail /></soap:Fault>");
  }

  /** {@code <OpResponse xmlns=NS>inner</OpResponse>}. */
  static String response(String operation, String inner) {
    return "<"
        + operation
        + "Response xmlns=\""
        + NS
        + "\">"
        + inner
        + "</"
        + operation
        + "Response>";
  }

  /** A GenericReadableRow with the given {@code <anyType>} values (already typed). */
  static String row(String... anyTypes) {
    StringBuilder sb = new StringBuilder("<GenericReadableRow><Values>");
    for (String v : anyTypes) {
      sb.append(v);
    }
    return sb.append("</Values></GenericReadableRow>").toString();
  }

  static String any(String xsdType, Object value) {
    return "<anyType xsi:type=\"xsd:" + xsdType + "\">" + value + "</anyType>";
  }

  static String guid(Object value) {
    return "<anyType xmlns:q1=\"http://microsoft.com/wsdl/types/\" xsi:type=\"q1:guid\">"
        + value
        + "</anyType>";
  }

  static String nil() {
    return "<anyType xsi:nil=\"true\" />";
  }
}
