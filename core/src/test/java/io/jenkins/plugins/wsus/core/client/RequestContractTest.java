package io.jenkins.plugins.wsus.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXParseException;

/**
 * Every envelope the client builds validates against the real WSDL's schema, and every SOAPAction
 * equals the WSDL's SOAP 1.1 binding (skipped when ../shared is absent).
 */
class RequestContractTest {

  @Test
  void everyRequestBodyValidatesAgainstTheWsdlSchema() throws Exception {
    WsdlContract wsdl = WsdlContract.load();
    for (SoapRequest request : AllRequests.all()) {
      try {
        wsdl.validateBody(request.envelope());
      } catch (SAXParseException e) {
        throw new AssertionError(
            request.operation() + " is invalid: " + e.getMessage() + "\n" + request.envelopeText(),
            e);
      }
    }
  }

  @Test
  void everySoapActionMatchesTheWsdlBinding() throws Exception {
    WsdlContract wsdl = WsdlContract.load();
    Set<String> operations = new TreeSet<>();
    for (SoapRequest request : AllRequests.all()) {
      operations.add(request.operation());
      assertThat(request.soapAction())
          .as("SOAPAction of %s", request.operation())
          .isEqualTo(wsdl.soap11Actions.get(request.operation()));
    }
    assertThat(operations)
        .containsExactlyInAnyOrder(
            "GetServerVersion",
            "GetCurrentUserRole",
            "Ping",
            "StartSubscriptionManually",
            "StartSubscriptionManuallyForCategoryOnly",
            "StopSubscription",
            "GetSubscriptionState",
            "GetServerSyncProgress",
            "GetSubscription",
            "ExecuteSPSearchEventHistory",
            "GetSubscriptionCategories",
            "SetSubscription",
            "ExecuteSPGetConfiguration",
            "CatalogSiteGetMetadataAndImport",
            "ExecuteSPGetAllTargetGroups",
            "ExecuteSPDeployUpdate1",
            "ExecuteSPDeclineUpdate",
            "ExecuteSPGetUpdateById");
  }

  @Test
  void pingIsInTheMonitorableNamespace() throws Exception {
    SoapRequest ping = ApiRemotingRequests.ping();
    assertThat(ping.soapAction())
        .isEqualTo("http://www.microsoft.com/SoftwareDistribution/Server/IMonitorable/Ping");
    assertThat(ping.envelopeText())
        .contains(
            "<Ping xmlns=\"http://www.microsoft.com/SoftwareDistribution/Server/IMonitorable\">");
    assertThat(WsdlContract.load().soap11Actions.get("Ping")).isEqualTo(ping.soapAction());
  }

  @Test
  void theEventFilterCarriesAllEightCaseDifferingDates() {
    String text =
        AllRequests.all().stream()
            .filter(r -> r.operation().equals("ExecuteSPSearchEventHistory"))
            .findFirst()
            .orElseThrow()
            .envelopeText();
    for (String name :
        new String[] {
          "fromTimeAtTarget", "toTimeAtTarget", "fromTimeAtServer", "toTimeAtServer",
          "FromTimeAtTarget", "ToTimeAtTarget", "FromTimeAtServer", "ToTimeAtServer"
        }) {
      assertThat(text).contains("<" + name + ">");
    }
    assertThat(text).contains("<fromTimeAtServer>2025-07-08T00:00:00Z</fromTimeAtServer>");
    assertThat(text).contains("<ToTimeAtServer>2025-07-10T12:34:56.789Z</ToTimeAtServer>");
  }

  @Test
  void theValidatorReallyRejectsAWrongBody() throws Exception {
    WsdlContract wsdl = WsdlContract.load();
    String good = ApiRemotingRequests.declineUpdate(AllRequests.UPDATE, "x", true).envelopeText();
    // Unqualified children (the classic mistake) must be caught.
    String unqualified =
        good.replace("<updateId>", "<updateId xmlns=\"\">")
            .replace("</ExecuteSPDeclineUpdate>", "</ExecuteSPDeclineUpdate>");
    assertThatThrownBy(() -> wsdl.validateBody(unqualified.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(SAXParseException.class);
    String missingDate =
        ApiRemotingRequests.searchSyncEvents(
                java.time.Instant.EPOCH, java.time.Instant.parse("2025-01-01T00:00:00Z"))
            .envelopeText()
            .replaceAll("<ToTimeAtServer>[^<]*</ToTimeAtServer>", "");
    assertThatThrownBy(() -> wsdl.validateBody(missingDate.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(SAXParseException.class);
  }
}
