package io.jenkins.plugins.wsus.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.wsus.simulator.support.RawHttpConnection;
import io.jenkins.plugins.wsus.simulator.support.SharedReference;
import io.jenkins.plugins.wsus.simulator.support.SoapAssertions;
import io.jenkins.plugins.wsus.simulator.support.WsusTestClient;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests that do not match the WSDL get the faults ASP.NET sends. Runs twice: with the WSDL's
 * schemas (when ../shared is present) and with the built-in structural check only.
 */
@Timeout(30)
class RequestCheckingTest {

  private static WsusSimulator withWsdl;
  private static WsusSimulator structural;

  @BeforeAll
  static void start() {
    SimulatorOptions.Builder b = SimulatorOptions.builder().https(false);
    SharedReference.wsdl().ifPresentOrElse(b::wsdlPath, b::withoutWsdl);
    withWsdl = WsusSimulator.start(b.build());
    structural = WsusSimulator.start(SimulatorOptions.builder().https(false).withoutWsdl().build());
  }

  @AfterAll
  static void stop() {
    withWsdl.close();
    structural.close();
  }

  private static WsusSimulator sim(boolean schema) {
    return schema ? withWsdl : structural;
  }

  private static void assertClientFault(RawHttpConnection.Response r, String... fragments) {
    assertThat(r.status()).as(r.text()).isEqualTo(500);
    assertThat(r.header("content-type")).containsExactly("text/xml; charset=utf-8");
    assertThat(SoapAssertions.faultCode(r.body())).isEqualTo("soap:Client");
    assertThat(SoapAssertions.faultString(r.body())).contains(fragments);
  }

  @ParameterizedTest(name = "schema={0}")
  @ValueSource(booleans = {true, false})
  void unknownSoapActionIsNotRecognised(boolean schema) throws Exception {
    try (WsusTestClient c = WsusTestClient.admin(sim(schema))) {
      RawHttpConnection.Response r = c.call("NoSuchOperation", "");
      assertClientFault(
          r,
          "Server did not recognize the value of HTTP Header SOAPAction: "
              + WsusTestClient.NS
              + "/NoSuchOperation.");
    }
  }

  @ParameterizedTest(name = "schema={0}")
  @ValueSource(booleans = {true, false})
  void pingInTheServiceNamespaceIsNotRecognised(boolean schema) throws Exception {
    try (WsusTestClient c = WsusTestClient.admin(sim(schema))) {
      RawHttpConnection.Response r = c.call(WsusTestClient.NS, "Ping", "<pingLevel>1</pingLevel>");
      assertClientFault(r, "Server did not recognize the value of HTTP Header SOAPAction");
    }
  }

  @ParameterizedTest(name = "schema={0}")
  @ValueSource(booleans = {true, false})
  void pingBodyInTheWrongNamespaceCannotBeRead(boolean schema) throws Exception {
    try (WsusTestClient c = WsusTestClient.admin(sim(schema))) {
      byte[] body =
          WsusTestClient.envelope(
              "<Ping xmlns=\"" + WsusTestClient.NS + "\"><pingLevel>1</pingLevel></Ping>");
      RawHttpConnection.Response r = c.raw(WsusTestClient.NS_MONITORABLE + "/Ping", body);
      assertClientFault(
          r,
          "Server was unable to read request. ---> There is an error in XML document (1, ",
          "<Ping xmlns='" + WsusTestClient.NS + "'> was not expected.");
    }
  }

  @ParameterizedTest(name = "schema={0}")
  @ValueSource(booleans = {true, false})
  void badGuidCannotBeRead(boolean schema) throws Exception {
    try (WsusTestClient c = WsusTestClient.admin(sim(schema))) {
      RawHttpConnection.Response r =
          c.call("CatalogSiteGetMetadataAndImport", "<updateId>not-a-guid</updateId>");
      assertClientFault(
          r, "Server was unable to read request. ---> There is an error in XML document (");
      if (!schema) {
        assertThat(SoapAssertions.faultString(r.body()))
            .contains("Guid should contain 32 digits with 4 dashes");
      }
    }
  }

  @ParameterizedTest(name = "schema={0}")
  @ValueSource(booleans = {true, false})
  void missingRequiredElementCannotBeRead(boolean schema) throws Exception {
    try (WsusTestClient c = WsusTestClient.admin(sim(schema))) {
      RawHttpConnection.Response r =
          c.call(
              "ExecuteSPDeclineUpdate",
              "<updateId>0b4e1a3c-2f5d-4c6e-8a7b-9c0d1e2f3a41</updateId>");
      assertClientFault(r, "Server was unable to read request.", "failIfReplica");
    }
  }

  @ParameterizedTest(name = "schema={0}")
  @ValueSource(booleans = {true, false})
  void bodyElementOtherThanTheActionsCannotBeRead(boolean schema) throws Exception {
    try (WsusTestClient c = WsusTestClient.admin(sim(schema))) {
      byte[] body =
          WsusTestClient.envelope("<GetSubscription xmlns=\"" + WsusTestClient.NS + "\" />");
      RawHttpConnection.Response r = c.raw(WsusTestClient.NS + "/GetSubscriptionState", body);
      assertClientFault(r, "<GetSubscription xmlns='" + WsusTestClient.NS + "'> was not expected.");
    }
  }

  @Test
  void schemaRejectsAnUnexpectedChild() throws Exception {
    SharedReference.requireWsdl();
    try (WsusTestClient c = WsusTestClient.admin(withWsdl)) {
      RawHttpConnection.Response r = c.call("GetSubscriptionState", "<extra>1</extra>");
      assertClientFault(r, "Server was unable to read request.", "GetSubscriptionState");
    }
  }

  @Test
  void malformedXmlNamesThePosition() throws Exception {
    try (WsusTestClient c = WsusTestClient.admin(structural)) {
      byte[] body =
          "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><GetSubscriptionState"
              .getBytes(StandardCharsets.UTF_8);
      RawHttpConnection.Response r = c.raw(WsusTestClient.NS + "/GetSubscriptionState", body);
      assertClientFault(
          r, "Server was unable to read request. ---> There is an error in XML document (1, ");
    }
  }

  @Test
  void externalEntitiesAreRejectedNotResolved() throws Exception {
    try (WsusTestClient c = WsusTestClient.admin(structural)) {
      byte[] body =
          ("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                  + "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                  + "<GetServerVersion xmlns=\""
                  + WsusTestClient.NS
                  + "\">&xxe;</GetServerVersion>"
                  + "</soap:Body></soap:Envelope>")
              .getBytes(StandardCharsets.UTF_8);
      RawHttpConnection.Response r = c.raw(WsusTestClient.NS + "/GetServerVersion", body);
      assertClientFault(r, "For security reasons DTD is prohibited in this XML document.");
      assertThat(r.text()).doesNotContain("root:");
    }
  }

  @Test
  void soap12IsServedWithSoap12Envelopes() throws Exception {
    try (WsusTestClient c = WsusTestClient.admin(withWsdl)) {
      byte[] body =
          ("<?xml version=\"1.0\" encoding=\"utf-8\"?><soap12:Envelope xmlns:soap12=\"http://www.w3.org/2003/05/soap-envelope\">"
                  + "<soap12:Body><GetSubscriptionState xmlns=\""
                  + WsusTestClient.NS
                  + "\" /></soap12:Body></soap12:Envelope>")
              .getBytes(StandardCharsets.UTF_8);
      RawHttpConnection.Response r =
          c.raw(
              Map.of(
                  "Content-Type",
                  "application/soap+xml; charset=utf-8; action=\""
                      + WsusTestClient.NS
                      + "/GetSubscriptionState\""),
              body);
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.header("content-type")).containsExactly("application/soap+xml; charset=utf-8");
      assertThat(r.text())
          .contains("http://www.w3.org/2003/05/soap-envelope")
          .contains("<GetSubscriptionStateResult>0<");

      RawHttpConnection.Response unknown =
          c.raw(
              Map.of("Content-Type", "application/soap+xml; charset=utf-8; action=\"urn:nope\""),
              body);
      assertThat(unknown.status()).isEqualTo(500);
      assertThat(unknown.text())
          .contains("<soap:Value>soap:Sender</soap:Value>")
          .contains("urn:nope");
    }
  }

  @Test
  void soap11EnvelopeUnderSoap12ContentTypeIsAVersionMismatch() throws Exception {
    try (WsusTestClient c = WsusTestClient.admin(structural)) {
      byte[] body =
          WsusTestClient.envelope("<GetSubscriptionState xmlns=\"" + WsusTestClient.NS + "\" />");
      RawHttpConnection.Response r =
          c.raw(
              Map.of(
                  "Content-Type",
                  "application/soap+xml; charset=utf-8; action=\""
                      + WsusTestClient.NS
                      + "/GetSubscriptionState\""),
              body);
      assertThat(r.status()).isEqualTo(500);
      assertThat(r.text())
          .contains("soap:VersionMismatch")
          .contains("Possible SOAP version mismatch");
    }
  }

  @Test
  void nonSoapContentTypeIsAnInvalidRequestFormat() throws Exception {
    try (WsusTestClient c = WsusTestClient.admin(structural)) {
      RawHttpConnection.Response r =
          c.raw(Map.of("Content-Type", "application/json"), "{}".getBytes(StandardCharsets.UTF_8));
      assertThat(r.status()).isEqualTo(500);
      assertThat(r.text()).contains("Request format is invalid: application/json");
    }
  }

  @Test
  void oversizedRequestIsRefused() throws Exception {
    try (WsusTestClient c = WsusTestClient.admin(structural)) {
      byte[] big = new byte[4096 * 1024 + 1];
      java.util.Arrays.fill(big, (byte) ' ');
      RawHttpConnection.Response r = c.raw(WsusTestClient.NS + "/GetServerVersion", big);
      assertThat(r.status()).isEqualTo(500);
      assertThat(r.text()).contains("Maximum request length exceeded.");
    }
  }

  @Test
  void wsdlOperationTheSimulatorLacksIsAServerFault() throws Exception {
    SharedReference.requireWsdl();
    try (WsusTestClient c = WsusTestClient.admin(withWsdl)) {
      RawHttpConnection.Response r = c.call("ExecuteSPGetComputerCount", "");
      assertThat(r.status()).isEqualTo(500);
      assertThat(SoapAssertions.faultCode(r.body())).isEqualTo("soap:Server");
      assertThat(SoapAssertions.faultString(r.body()))
          .contains("does not implement ExecuteSPGetComputerCount");
    }
  }
}
