package io.jenkins.plugins.wsus.simulator.soap;

import java.util.function.Consumer;

/** Wraps operation answers and faults in SOAP envelopes, as ASP.NET writes them. */
public final class SoapEnvelopes {

  private SoapEnvelopes() {}

  /**
   * An envelope whose body holds {@code <responseName xmlns=ns>} with content written by {@code
   * body}.
   */
  public static String response(
      SoapVersion version, String ns, String responseName, Consumer<XmlWriter> body) {
    XmlWriter w = open(version);
    w.start(responseName).attr("xmlns", ns);
    body.accept(w);
    w.end();
    return close(w);
  }

  /** A fault envelope (HTTP 500). */
  public static String fault(SoapVersion version, SoapFault fault) {
    XmlWriter w = open(version);
    w.start("soap:Fault");
    if (version == SoapVersion.SOAP11) {
      String code =
          switch (fault.code()) {
            case CLIENT -> "soap:Client";
            case SERVER -> "soap:Server";
            case VERSION_MISMATCH -> "soap:VersionMismatch";
          };
      w.element("faultcode", code).element("faultstring", fault.faultString());
      w.start("detail").end();
    } else {
      String code =
          switch (fault.code()) {
            case CLIENT -> "soap:Sender";
            case SERVER -> "soap:Receiver";
            case VERSION_MISMATCH -> "soap:VersionMismatch";
          };
      w.start("soap:Code").element("soap:Value", code).end();
      w.start("soap:Reason")
          .start("soap:Text")
          .attr("xml:lang", "en")
          .text(fault.faultString())
          .end()
          .end();
      w.start("soap:Detail").end();
    }
    w.end();
    return close(w);
  }

  private static XmlWriter open(SoapVersion version) {
    XmlWriter w = new XmlWriter();
    w.start("soap:Envelope")
        .attr("xmlns:soap", version.envelopeNamespace())
        .attr("xmlns:xsi", WireLayout.XSI)
        .attr("xmlns:xsd", WireLayout.XSD)
        .start("soap:Body");
    return w;
  }

  private static String close(XmlWriter w) {
    w.end().end();
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>" + w.finish();
  }
}
