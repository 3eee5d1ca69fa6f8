package io.jenkins.plugins.wsus.simulator;

import static io.jenkins.plugins.wsus.simulator.support.SoapAssertions.bodyChild;
import static io.jenkins.plugins.wsus.simulator.support.SoapAssertions.parse;
import static io.jenkins.plugins.wsus.simulator.support.SoapAssertions.texts;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.wsus.simulator.model.KnownCategories;
import io.jenkins.plugins.wsus.simulator.support.RawHttpConnection;
import io.jenkins.plugins.wsus.simulator.support.SampleRequests;
import io.jenkins.plugins.wsus.simulator.support.SharedReference;
import io.jenkins.plugins.wsus.simulator.support.SoapAssertions;
import io.jenkins.plugins.wsus.simulator.support.WsusTestClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.xml.validation.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.w3c.dom.Element;

/**
 * Every operation answers a well-formed response in the WSDL's shape; with ../shared present, each
 * request is validated by the simulator and each response by this test against the WSDL's schemas.
 */
@Timeout(60)
class OperationsConformanceTest {

  private WsusSimulator sim;
  private Optional<Schema> schema;

  @BeforeEach
  void start() {
    SimulatorOptions.Builder b = SimulatorOptions.builder().https(false).timeFactor(0.0005);
    SharedReference.wsdl().ifPresentOrElse(b::wsdlPath, b::withoutWsdl);
    b.catalogMetadataSource(
        id ->
            id.equals(UUID.fromString("11111111-2222-3333-4444-555555555555"))
                ? Optional.of(
                    new CatalogMetadataSource.CatalogMetadata(
                        id,
                        200,
                        "2025-07 Cumulative Update for Windows Server 2022 (KB5062553)",
                        "KB5062553",
                        "Security Updates",
                        List.of("Microsoft Server operating system-21H2")))
                : Optional.empty());
    sim = WsusSimulator.start(b.build());
    schema = SharedReference.wsdl().map(p -> SharedReference.requireSchema());
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  private Element ok(RawHttpConnection.Response r, String operation) {
    assertThat(r.status()).as(operation + ": " + r.text()).isEqualTo(200);
    assertThat(r.header("content-type")).containsExactly("text/xml; charset=utf-8");
    Element e = bodyChild(parse(r.body()));
    assertThat(e.getLocalName()).isEqualTo(operation + "Response");
    schema.ifPresent(s -> SoapAssertions.validate(e, s));
    return e;
  }

  @Test
  void everyReadOperationAnswersInTheWsdlShape() throws Exception {
    try (WsusTestClient c = WsusTestClient.admin(sim)) {
      for (Map.Entry<String, String> op : SampleRequests.reads().entrySet()) {
        Element e = ok(c.call(op.getKey(), op.getValue()), op.getKey());
        assertThat(e.getNamespaceURI()).isEqualTo(WsusTestClient.NS);
      }
      Element ping =
          ok(c.call(WsusTestClient.NS_MONITORABLE, "Ping", "<pingLevel>1</pingLevel>"), "Ping");
      assertThat(ping.getNamespaceURI()).isEqualTo(WsusTestClient.NS_MONITORABLE);
      assertThat(texts(ping, "SuccessFlag")).containsExactly("true");
    }
  }

  @Test
  void genericRowsCarryXsiTypes() throws Exception {
    try (WsusTestClient c = WsusTestClient.admin(sim)) {
      RawHttpConnection.Response r = c.call("ExecuteSPGetAllTargetGroups", "");
      ok(r, "ExecuteSPGetAllTargetGroups");
      assertThat(r.text())
          .contains(
              "<anyType xmlns:q1=\"http://microsoft.com/wsdl/types/\" xsi:type=\"q1:guid\">a0a08746-4dbe-4a37-9adf-9e7652c0b421</anyType>")
          .contains("<anyType xsi:type=\"xsd:string\">Ring 1 - Pilot</anyType>")
          .contains("<anyType xsi:nil=\"true\" />");
      Element cats =
          ok(
              c.call(
                  "GetSubscriptionCategories",
                  "<retrieveUpdateClassifications>true</retrieveUpdateClassifications>"),
              "GetSubscriptionCategories");
      assertThat(texts(cats, "anyType")).contains("Security Updates", "Updates");
    }
  }

  @Test
  void writeOperationsChangeTheModelAndAnswerInTheWsdlShape() throws Exception {
    try (WsusTestClient c = WsusTestClient.admin(sim)) {
      Element deployed =
          ok(
              c.call("ExecuteSPDeployUpdate1", SampleRequests.deploy(SampleRequests.ALL_COMPUTERS)),
              "ExecuteSPDeployUpdate1");
      assertThat(texts(deployed, "anyType")).contains(SampleRequests.UPDATE_ID);
      assertThat(sim.model().approvals()).hasSize(1);
      assertThat(sim.model().approvals().get(0).deadline()).isNull();

      ok(
          c.call(
              "ExecuteSPDeclineUpdate",
              "<updateId>"
                  + SampleRequests.UPDATE_ID
                  + "</updateId><adminName>x</adminName><failIfReplica>true</failIfReplica>"),
          "ExecuteSPDeclineUpdate");
      assertThat(
              sim.model()
                  .update(UUID.fromString(SampleRequests.UPDATE_ID))
                  .orElseThrow()
                  .declined())
          .isTrue();

      ok(
          c.call(
              "SetSubscription",
              SampleRequests.setSubscription(KnownCategories.SECURITY_UPDATES.toString())),
          "SetSubscription");
      assertThat(sim.model().subscribedClassifications())
          .extracting(cat -> cat.title())
          .containsExactly("Security Updates");

      ok(
          c.call(
              "CatalogSiteGetMetadataAndImport",
              "<updateId>11111111-2222-3333-4444-555555555555</updateId><downloadedFileDigests />"),
          "CatalogSiteGetMetadataAndImport");
      assertThat(sim.model().imports()).hasSize(1);
      Element found =
          ok(
              c.call(
                  "ExecuteSPGetUpdateById",
                  "<id><UpdateId>11111111-2222-3333-4444-555555555555</UpdateId><RevisionNumber>200</RevisionNumber></id>"),
              "ExecuteSPGetUpdateById");
      assertThat(texts(found, "anyType")).contains("5062553", "Catalog");

      ok(
          c.call("StartSubscriptionManuallyForCategoryOnly", ""),
          "StartSubscriptionManuallyForCategoryOnly");
      assertThat(sim.model().awaitIdle(Duration.ofSeconds(10))).isTrue();
      ok(c.call("StopSubscription", ""), "StopSubscription"); // nothing runs: a no-op
      ok(c.call("StartSubscriptionManually", ""), "StartSubscriptionManually");
      assertThat(sim.model().awaitIdle(Duration.ofSeconds(10))).isTrue();
      Element events =
          ok(
              c.call(
                  "ExecuteSPSearchEventHistory",
                  SampleRequests.eventFilter(
                      "2000-01-01T00:00:00Z", "9999-12-31T23:59:59.9999999")),
              "ExecuteSPSearchEventHistory");
      assertThat(texts(events, "EventId")).contains("382", "384");
    }
  }

  @Test
  void unknownUpdateLookupAnswersEmptyLists() throws Exception {
    try (WsusTestClient c = WsusTestClient.admin(sim)) {
      Element e =
          ok(
              c.call(
                  "ExecuteSPGetUpdateById",
                  "<id><UpdateId>99999999-2222-3333-4444-555555555555</UpdateId><RevisionNumber>1</RevisionNumber></id>"),
              "ExecuteSPGetUpdateById");
      assertThat(texts(e, "GenericReadableRow")).isEmpty();
    }
  }

  @Test
  void unknownCatalogUpdateIsAServerFault() throws Exception {
    try (WsusTestClient c = WsusTestClient.admin(sim)) {
      RawHttpConnection.Response r =
          c.call(
              "CatalogSiteGetMetadataAndImport",
              "<updateId>99999999-2222-3333-4444-555555555555</updateId>");
      assertThat(r.status()).isEqualTo(500);
      assertThat(SoapAssertions.faultCode(r.body())).isEqualTo("soap:Server");
      assertThat(SoapAssertions.faultString(r.body()))
          .startsWith("Server was unable to process request. ---> ")
          .contains("99999999-2222-3333-4444-555555555555");
    }
  }

  @Test
  void configurationRowIsCompleteAndModelled() throws Exception {
    try (WsusTestClient c = WsusTestClient.admin(sim)) {
      Element e = ok(c.call("ExecuteSPGetConfiguration", ""), "ExecuteSPGetConfiguration");
      assertThat(texts(e, "SyncToMU")).containsExactly("true");
      assertThat(texts(e, "ReplicaMode")).containsExactly("false");
      assertThat(texts(e, "SubscriptionFailureNumberOfRetries")).containsExactly("2");
    }
  }

  @Test
  void configurationRowRoundTripsThroughSetConfiguration() throws Exception {
    try (WsusTestClient c = WsusTestClient.admin(sim)) {
      String got = c.call("ExecuteSPGetConfiguration", "").text();
      String row =
          got.substring(
                  got.indexOf("<Configuration>") + "<Configuration>".length(),
                  got.indexOf("</Configuration>"))
              .replace("<UseProxy>false</UseProxy>", "<UseProxy>true</UseProxy>")
              .replace("<ProxyName />", "<ProxyName>proxy.corp.example</ProxyName>")
              .replace(
                  "<ProxyServerPort>80</ProxyServerPort>",
                  "<ProxyServerPort>3128</ProxyServerPort>");
      ok(
          c.call("ExecuteSPSetConfiguration", "<row>" + row + "</row>"),
          "ExecuteSPSetConfiguration");
      assertThat(sim.model().configuration().useProxy()).isTrue();
      assertThat(sim.model().configuration().proxyName()).isEqualTo("proxy.corp.example");
      assertThat(sim.model().configuration().proxyServerPort()).isEqualTo(3128);
      Element again = ok(c.call("ExecuteSPGetConfiguration", ""), "ExecuteSPGetConfiguration");
      assertThat(texts(again, "ProxyName")).containsExactly("proxy.corp.example");
    }
  }

  @Test
  void responsesAreCheckedAgainstTheRealWsdl() {
    // Skips, with a message, where ../shared is absent: the other tests then check well-formedness
    // and shape only.
    assertThat(SharedReference.requireSchema()).isNotNull();
    assertThat(schema).isPresent();
  }
}
