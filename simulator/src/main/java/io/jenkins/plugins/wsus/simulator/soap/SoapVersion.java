package io.jenkins.plugins.wsus.simulator.soap;

/** SOAP 1.1 or 1.2: the envelope namespace, content type and fault shape differ. */
public enum SoapVersion {
  SOAP11(WireLayout.SOAP11_ENV, WireLayout.SOAP11_CONTENT_TYPE),
  SOAP12(WireLayout.SOAP12_ENV, WireLayout.SOAP12_CONTENT_TYPE);

  private final String envelopeNamespace;
  private final String contentType;

  SoapVersion(String envelopeNamespace, String contentType) {
    this.envelopeNamespace = envelopeNamespace;
    this.contentType = contentType;
  }

  public String envelopeNamespace() {
    return envelopeNamespace;
  }

  /** The content type of answers in this version. */
  public String contentType() {
    return contentType;
  }
}
