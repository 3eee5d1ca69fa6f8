package io.jenkins.plugins.wsus.simulator.support;

import io.jenkins.plugins.wsus.simulator.WsusSimulator;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.net.ssl.SSLContext;

/** A test client speaking SOAP over one NTLM-authenticated raw connection. */
public final class WsusTestClient implements AutoCloseable {

  public static final String NS =
      "http://www.microsoft.com/SoftwareDistribution/Server/ApiRemotingWebService";
  public static final String NS_MONITORABLE =
      "http://www.microsoft.com/SoftwareDistribution/Server/IMonitorable";
  public static final String PATH = "/ApiRemoting30/WebService.asmx";

  private final RawHttpConnection connection;

  private WsusTestClient(RawHttpConnection connection) {
    this.connection = connection;
  }

  /** Opens a connection without authenticating. */
  public static WsusTestClient open(WsusSimulator sim) throws IOException {
    return new WsusTestClient(new RawHttpConnection(URI.create(sim.wsusUrl()), null));
  }

  /** Opens a connection to {@code base} (e.g. HTTPS) without authenticating. */
  public static WsusTestClient open(URI base, SSLContext tls) throws IOException {
    return new WsusTestClient(new RawHttpConnection(base, tls));
  }

  /** Opens a connection and logs on as the default administrator. */
  public static WsusTestClient admin(WsusSimulator sim) throws IOException {
    WsusTestClient c = open(sim);
    RawHttpConnection.Response r = c.logon("CORP", "CORP", "wsusadmin", "Passw0rd!");
    if (r.status() != 200) {
      throw new IOException("admin logon failed: HTTP " + r.status());
    }
    return c;
  }

  public RawHttpConnection connection() {
    return connection;
  }

  /**
   * Runs the NTLM handshake with a GetServerVersion call and returns the final response (200 when
   * the logon worked).
   */
  public RawHttpConnection.Response logon(
      String sentDomain, String hashDomain, String user, String password) throws IOException {
    byte[] body = envelope("<GetServerVersion xmlns=\"" + NS + "\" />");
    Map<String, String> h = soapHeaders(NS + "/GetServerVersion");
    h.put(
        "Authorization", "NTLM " + Base64.getEncoder().encodeToString(NtlmTestEncoder.negotiate()));
    RawHttpConnection.Response challenge = connection.exchange("POST", PATH, h, body);
    if (challenge.status() != 401 || challenge.header("www-authenticate").isEmpty()) {
      throw new IOException("expected an NTLM challenge, got HTTP " + challenge.status());
    }
    String value = challenge.header("www-authenticate").get(0);
    byte[] type2 = Base64.getDecoder().decode(value.substring(value.indexOf(' ') + 1));
    byte[] type3 = NtlmTestEncoder.authenticate(type2, sentDomain, hashDomain, user, password);
    h.put("Authorization", "NTLM " + Base64.getEncoder().encodeToString(type3));
    return connection.exchange("POST", PATH, h, body);
  }

  /** Calls an operation in the service namespace with the given inner XML. */
  public RawHttpConnection.Response call(String operation, String innerXml) throws IOException {
    return call(NS, operation, innerXml);
  }

  public RawHttpConnection.Response call(String ns, String operation, String innerXml)
      throws IOException {
    String element =
        innerXml == null || innerXml.isEmpty()
            ? "<" + operation + " xmlns=\"" + ns + "\" />"
            : "<" + operation + " xmlns=\"" + ns + "\">" + innerXml + "</" + operation + ">";
    return raw(ns + "/" + operation, envelope(element));
  }

  /** Sends a body with a SOAPAction as is. */
  public RawHttpConnection.Response raw(String action, byte[] body) throws IOException {
    return connection.exchange("POST", PATH, soapHeaders(action), body);
  }

  public RawHttpConnection.Response raw(Map<String, String> headers, byte[] body)
      throws IOException {
    return connection.exchange("POST", PATH, headers, body);
  }

  public static Map<String, String> soapHeaders(String action) {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("Content-Type", "text/xml; charset=utf-8");
    h.put("SOAPAction", "\"" + action + "\"");
    return h;
  }

  /** A SOAP 1.1 envelope around {@code bodyXml}. */
  public static byte[] envelope(String bodyXml) {
    return ("<?xml version=\"1.0\" encoding=\"utf-8\"?>"
            + "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            + " xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\"><soap:Body>"
            + bodyXml
            + "</soap:Body></soap:Envelope>")
        .getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    connection.close();
  }
}
