package io.jenkins.plugins.wsus.simulator.soap;

/**
 * An ASP.NET SOAP fault: who is to blame and the faultstring. Thrown by operation handlers and the
 * dispatcher; written by {@link SoapEnvelopes#fault}.
 */
public final class SoapFault extends Exception {
  private static final long serialVersionUID = 1L;

  /** faultcode values ASP.NET uses. */
  public enum Code {
    /** The request was wrong (SOAP 1.2: Sender). */
    CLIENT,
    /** The server failed (SOAP 1.2: Receiver). */
    SERVER,
    /** The envelope namespace is not the expected one. */
    VERSION_MISMATCH
  }

  private final Code code;

  public SoapFault(Code code, String faultString) {
    super(faultString, null, false, false);
    this.code = code;
  }

  /** A server-side failure: "Server was unable to process request. ---> inner". */
  public static SoapFault server(String inner) {
    return new SoapFault(Code.SERVER, WireLayout.FAULT_PROCESS_PREFIX + inner);
  }

  /** A request that could not be read: "Server was unable to read request. ---> detail". */
  public static SoapFault unreadable(String detail) {
    return new SoapFault(Code.CLIENT, WireLayout.FAULT_READ_PREFIX + detail);
  }

  public Code code() {
    return code;
  }

  public String faultString() {
    return getMessage();
  }
}
