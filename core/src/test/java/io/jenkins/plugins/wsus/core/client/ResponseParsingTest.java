package io.jenkins.plugins.wsus.core.client;

import static io.jenkins.plugins.wsus.core.client.Soap.any;
import static io.jenkins.plugins.wsus.core.client.Soap.response;
import static io.jenkins.plugins.wsus.core.client.Soap.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.wsus.core.model.SyncEvent;
import io.jenkins.plugins.wsus.core.model.SyncProgress;
import io.jenkins.plugins.wsus.core.model.SynchronizationError;
import io.jenkins.plugins.wsus.core.model.SynchronizationPhase;
import io.jenkins.plugins.wsus.core.model.SynchronizationStatus;
import io.jenkins.plugins.wsus.core.model.UpdateRevisionId;
import io.jenkins.plugins.wsus.core.model.UserRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Answers that are odd, hostile or faulty, through the real client over loopback HTTP. */
@Timeout(60)
class ResponseParsingTest {

  private LoopbackSoapServer server;
  private ApiRemotingClient client;

  @BeforeEach
  void start() throws Exception {
    server = new LoopbackSoapServer();
    client = new ApiRemotingClient(ClientTestConfigs.loopback(server.baseUrl()).build());
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Test
  void unknownEnumValuesMapToUnknown() throws Exception {
    server.answer(
        "GetSubscriptionState",
        response(
            "GetSubscriptionState", "<GetSubscriptionStateResult>7</GetSubscriptionStateResult>"));
    server.answer(
        "GetCurrentUserRole",
        response("GetCurrentUserRole", "<GetCurrentUserRoleResult>-1</GetCurrentUserRoleResult>"));
    server.answer(
        "GetServerSyncProgress",
        response(
            "GetServerSyncProgress",
            "<GetServerSyncProgressResult>"
                + row(any("int", 42), any("long", 10_000_000_000L), any("short", 3))
                + "</GetServerSyncProgressResult>"));
    assertThat(client.getSubscriptionState()).isEqualTo(SynchronizationStatus.UNKNOWN);
    assertThat(client.getCurrentUserRole()).isEqualTo(UserRole.UNKNOWN);
    assertThat(client.getServerSyncProgress())
        .isEqualTo(new SyncProgress(SynchronizationPhase.UNKNOWN, 10_000_000_000L, 3));
  }

  @Test
  void noProgressRowMeansNotProcessing() throws Exception {
    server.answer(
        "GetServerSyncProgress",
        response("GetServerSyncProgress", "<GetServerSyncProgressResult />"));
    assertThat(client.getServerSyncProgress())
        .isEqualTo(new SyncProgress(SynchronizationPhase.NOT_PROCESSING, 0, 0));
  }

  @Test
  void failedEventErrorByNumberOrUnknownName() throws Exception {
    server.answer(
        "ExecuteSPSearchEventHistory",
        response(
            "ExecuteSPSearchEventHistory",
            "<ExecuteSPSearchEventHistoryResult>"
                + CannedAnswers.eventRow(
                    "11111111-2222-3333-4444-000000000001",
                    386,
                    "2025-07-09T10:30:00Z",
                    0,
                    "<MiscData><string>ErrorType=8</string></MiscData>",
                    "")
                + CannedAnswers.eventRow(
                    "11111111-2222-3333-4444-000000000002",
                    386,
                    "2025-07-09T11:30:00+02:00",
                    0,
                    "<MiscData><string>SynchronizationError=SomethingNew</string></MiscData>",
                    "<ReplacementStrings><string xsi:nil=\"true\" /><string>  </string></ReplacementStrings>")
                + CannedAnswers.eventRow(
                    "11111111-2222-3333-4444-000000000003", 385, "2025-07-09T12:30:00Z", 0, "", "")
                + "</ExecuteSPSearchEventHistoryResult>"));
    List<SyncEvent> events = client.searchSyncEvents(Instant.EPOCH, Instant.now());
    assertThat(events)
        .extracting(SyncEvent::error)
        .containsExactly(
            SynchronizationError.UNKNOWN, // 09:30Z (11:30+02:00) sorts first
            SynchronizationError.USS_INTERNAL_ERROR,
            SynchronizationError.USER_CANCELED);
    assertThat(events.get(0).errorText()).isNull();
  }

  @Test
  void updateNotFoundIsEmpty() throws Exception {
    server.answer(
        "ExecuteSPGetUpdateById",
        response(
            "ExecuteSPGetUpdateById",
            "<ExecuteSPGetUpdateByIdResult><minimalProperties /></ExecuteSPGetUpdateByIdResult>"));
    assertThat(client.getUpdateById(new UpdateRevisionId(AllRequests.UPDATE, 1))).isEmpty();
  }

  @Test
  void aspNetSoapFaultIsTyped() {
    server.answer(
        "StartSubscriptionManually",
        500,
        Soap.fault(
            "soap:Server",
            "Server was unable to process request. ---&gt; The synchronization is already running."),
        Map.of());
    assertThatThrownBy(client::startSubscriptionManually)
        .isInstanceOfSatisfying(
            WsusSoapFaultException.class,
            e -> {
              assertThat(e.faultCode()).isEqualTo("soap:Server");
              assertThat(e.innerMessage()).isEqualTo("The synchronization is already running.");
              assertThat(e.operation()).isEqualTo("StartSubscriptionManually");
              assertThat(e.server()).isEqualTo("loopback");
              assertThat(e.getMessage())
                  .contains("StartSubscriptionManually on loopback")
                  .contains("already running");
            });
  }

  @Test
  void a500WithoutAFaultIsAnHttpError() {
    server.answer("GetServerVersion", 500, "<html>Runtime Error</html>", Map.of());
    assertThatThrownBy(client::getServerVersion)
        .isInstanceOfSatisfying(
            WsusHttpException.class,
            e -> {
              assertThat(e.status()).isEqualTo(500);
              assertThat(e.meaning()).isEqualTo(WsusHttpException.Meaning.OTHER);
            });
  }

  @Test
  void externalEntityIsRefusedNeverResolved(@TempDir Path dir) throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-CONTENT");
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]>"
            + Soap.envelope(
                    response(
                        "GetServerVersion",
                        "<GetServerVersionResult>&xxe;</GetServerVersionResult>"))
                .replace("<?xml version=\"1.0\" encoding=\"utf-8\"?>", "");
    server.answer("GetServerVersion", 200, xxe, Map.of());
    assertThatThrownBy(client::getServerVersion)
        .isInstanceOf(WsusMalformedResponseException.class)
        .hasMessageContaining("DTD")
        .hasMessageNotContaining("TOP-SECRET");
  }

  @Test
  void billionLaughsIsRefused() {
    String bomb =
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
            + "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
            + response(
                "GetServerVersion", "<GetServerVersionResult>&lol2;</GetServerVersionResult>")
            + "</soap:Body></soap:Envelope>";
    server.answer("GetServerVersion", 200, bomb, Map.of());
    assertThatThrownBy(client::getServerVersion)
        .isInstanceOfSatisfying(
            WsusMalformedResponseException.class, e -> assertThat(e.problem()).contains("DTD"));
  }

  @Test
  void wrongShapesAreMalformed() {
    server.answer("GetServerVersion", 200, "this is not xml", Map.of());
    assertThatThrownBy(client::getServerVersion)
        .isInstanceOf(WsusMalformedResponseException.class)
        .hasMessageContaining("GetServerVersion on loopback");

    server.answer(
        "GetSubscriptionState",
        response("GetServerVersion", "<GetServerVersionResult>1</GetServerVersionResult>"));
    assertThatThrownBy(client::getSubscriptionState)
        .isInstanceOfSatisfying(
            WsusMalformedResponseException.class,
            e -> assertThat(e.problem()).contains("expected GetSubscriptionStateResponse"));

    server.answer(
        "GetSubscriptionState",
        response(
            "GetSubscriptionState",
            "<GetSubscriptionStateResult>running</GetSubscriptionStateResult>"));
    assertThatThrownBy(client::getSubscriptionState)
        .isInstanceOfSatisfying(
            WsusMalformedResponseException.class,
            e -> assertThat(e.problem()).contains("GetSubscriptionStateResult is not an int"));

    server.answer("GetCurrentUserRole", 200, "<html><body>IIS</body></html>", Map.of());
    assertThatThrownBy(client::getCurrentUserRole)
        .isInstanceOfSatisfying(
            WsusMalformedResponseException.class,
            e -> assertThat(e.problem()).contains("not a SOAP 1.1 envelope"));

    server.answer(
        "ExecuteSPGetAllTargetGroups",
        response(
            "ExecuteSPGetAllTargetGroups",
            "<ExecuteSPGetAllTargetGroupsResult>"
                + row(any("int", 5), any("string", "x"))
                + "</ExecuteSPGetAllTargetGroupsResult>"));
    assertThatThrownBy(client::getAllTargetGroups)
        .isInstanceOfSatisfying(
            WsusMalformedResponseException.class,
            e -> assertThat(e.problem()).contains("target group id"));
  }

  @Test
  void truncatedXmlIsMalformed() {
    String full =
        Soap.envelope(
            response("GetServerVersion", "<GetServerVersionResult>10.0</GetServerVersionResult>"));
    server.answer("GetServerVersion", 200, full.substring(0, full.length() - 30), Map.of());
    assertThatThrownBy(client::getServerVersion).isInstanceOf(WsusMalformedResponseException.class);
  }
}
