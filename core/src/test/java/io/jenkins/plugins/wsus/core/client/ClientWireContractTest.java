package io.jenkins.plugins.wsus.core.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.wsus.core.model.ApprovalAction;
import io.jenkins.plugins.wsus.core.model.PingResult;
import io.jenkins.plugins.wsus.core.model.ServerConfiguration;
import io.jenkins.plugins.wsus.core.model.Subscription;
import io.jenkins.plugins.wsus.core.model.SubscriptionCategory;
import io.jenkins.plugins.wsus.core.model.SyncEvent;
import io.jenkins.plugins.wsus.core.model.SyncEventKind;
import io.jenkins.plugins.wsus.core.model.SyncProgress;
import io.jenkins.plugins.wsus.core.model.SynchronizationError;
import io.jenkins.plugins.wsus.core.model.SynchronizationPhase;
import io.jenkins.plugins.wsus.core.model.SynchronizationResult;
import io.jenkins.plugins.wsus.core.model.SynchronizationStatus;
import io.jenkins.plugins.wsus.core.model.TargetGroup;
import io.jenkins.plugins.wsus.core.model.UpdateRevisionId;
import io.jenkins.plugins.wsus.core.model.UpdateSummary;
import io.jenkins.plugins.wsus.core.model.UserRole;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every {@link WsusApi} method over real HTTP on loopback: the answers parse into the expected
 * model values, and every request the client put on the wire validates against the real WSDL with
 * the WSDL's SOAPAction and the right Content-Type.
 */
@Timeout(60)
class ClientWireContractTest {

  private LoopbackSoapServer server;
  private ApiRemotingClient client;

  @BeforeEach
  void start() throws Exception {
    server = new LoopbackSoapServer();
    CannedAnswers.installAll(server);
    client = new ApiRemotingClient(ClientTestConfigs.loopback(server.baseUrl()).build());
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Test
  void everyOperationParsesItsAnswer() throws Exception {
    assertThat(client.getServerVersion()).isEqualTo("10.0.20348.1");
    assertThat(client.getCurrentUserRole()).isEqualTo(UserRole.ADMINISTRATOR);
    PingResult ping = client.ping();
    assertThat(ping.success()).isTrue();
    assertThat(ping.servicesMachine()).isEqualTo("WSUS01");
    assertThat(ping.servicesTime()).isEqualTo(Instant.parse("2025-07-09T10:00:00.123Z"));
    client.startSubscriptionManually();
    client.startSubscriptionManuallyForCategoryOnly();
    client.stopSubscription();
    assertThat(client.getSubscriptionState()).isEqualTo(SynchronizationStatus.RUNNING);
    assertThat(client.getServerSyncProgress())
        .isEqualTo(new SyncProgress(SynchronizationPhase.UPDATES, 5000, 1234));

    Subscription subscription = client.getSubscription();
    assertThat(subscription.synchronizeAutomaticallyTimeOfDay()).isEqualTo(36_000_000_000L);
    assertThat(subscription.lastModifiedBy()).isEqualTo("CORP\\admin");
    assertThat(subscription.lastModifiedTime()).isEqualTo(Instant.parse("2025-07-01T08:00:00.5Z"));
    // No offset: read as UTC.
    assertThat(subscription.lastSynchronizationTime())
        .isEqualTo(Instant.parse("2025-07-09T03:00:00Z"));
    assertThat(subscription.synchronizeAutomatically()).isTrue();
    assertThat(subscription.anchor()).isEqualTo("anchor-17");
    assertThat(subscription.deploymentAnchor()).isNull();
    assertThat(subscription.numberOfSynchronizationsPerDay()).isEqualTo(2);
    assertThat(subscription.isCategoryOnly()).isFalse();

    List<SyncEvent> events =
        client.searchSyncEvents(
            Instant.parse("2025-07-01T00:00:00Z"), Instant.parse("2025-07-10T00:00:00Z"));
    assertThat(events).hasSize(2);
    SyncEvent ok = events.get(0);
    assertThat(ok.kind()).isEqualTo(SyncEventKind.SUCCEEDED);
    assertThat(ok.result()).isEqualTo(SynchronizationResult.SUCCEEDED);
    assertThat(ok.error()).isEqualTo(SynchronizationError.NOT_APPLICABLE);
    assertThat(ok.errorText()).isNull();
    SyncEvent failed = events.get(1);
    assertThat(failed.eventInstanceId()).isEqualTo(UUID.fromString(CannedAnswers.EVENT_FAILED));
    assertThat(failed.eventId()).isEqualTo(386);
    assertThat(failed.kind()).isEqualTo(SyncEventKind.FAILED);
    assertThat(failed.result()).isEqualTo(SynchronizationResult.FAILED);
    assertThat(failed.error()).isEqualTo(SynchronizationError.USS_COMMUNICATION_ERROR);
    assertThat(failed.errorText()).isEqualTo("WebException: The operation has timed out");
    assertThat(failed.win32HResult()).isEqualTo(-2146233088);
    assertThat(failed.timeAtServer()).isEqualTo(Instant.parse("2025-07-09T10:30:00Z"));

    assertThat(client.getSubscriptionCategories(true))
        .containsExactly(
            new SubscriptionCategory(
                UUID.fromString(CannedAnswers.UPDATES_CLASSIFICATION), "Updates"),
            new SubscriptionCategory(
                UUID.fromString("e6cf1350-c01b-414d-a61f-263d14d133b4"), "Critical Updates"));
    client.setSubscription(
        subscription,
        List.of(AllRequests.UPDATE),
        List.of(AllRequests.CLASSIFICATION),
        "CORP\\admin");

    ServerConfiguration configuration = client.getConfiguration();
    assertThat(configuration.syncToMicrosoftUpdate()).isTrue();
    assertThat(configuration.upstreamServerName()).isEmpty();
    assertThat(configuration.serverPortNumber()).isEqualTo(80);
    assertThat(configuration.useProxy()).isTrue();
    assertThat(configuration.proxyName()).isEqualTo("proxy.corp");
    assertThat(configuration.proxyServerPort()).isEqualTo(3128);
    assertThat(configuration.muUrl()).isEqualTo("https://sws.update.microsoft.com");
    assertThat(configuration.subscriptionFailureNumberOfRetries()).isEqualTo(2);
    assertThat(configuration.subscriptionFailureWaitBetweenRetriesTime()).isEqualTo(9_000_000_000L);
    assertThat(configuration.replicaMode()).isFalse();
    assertThat(configuration.rawRow())
        .containsEntry("maxDeltaSyncPeriod", "10")
        .containsEntry("DetectConfigChange", "true")
        .hasSize(13);

    client.catalogSiteGetMetadataAndImport(AllRequests.UPDATE, List.of());
    assertThat(client.getAllTargetGroups())
        .containsExactly(
            new TargetGroup(UUID.fromString(CannedAnswers.ROOT_GROUP), "All Computers", null),
            new TargetGroup(
                UUID.fromString(CannedAnswers.PILOT_GROUP),
                "Pilot",
                UUID.fromString(CannedAnswers.ROOT_GROUP)));
    client.deployUpdate(
        new UpdateRevisionId(AllRequests.UPDATE, 201),
        ApprovalAction.INSTALL,
        UUID.fromString(CannedAnswers.PILOT_GROUP),
        null,
        "CORP\\admin",
        true);
    client.declineUpdate(AllRequests.UPDATE, "CORP\\admin", true);
    Optional<UpdateSummary> update =
        client.getUpdateById(new UpdateRevisionId(AllRequests.UPDATE, 201));
    assertThat(update)
        .contains(
            new UpdateSummary(
                new UpdateRevisionId(AllRequests.UPDATE, 201),
                "2025-07 Cumulative Update",
                "Security Updates"));
  }

  @Test
  void everyRequestOnTheWireMatchesTheWsdl() throws Exception {
    everyOperationParsesItsAnswer();
    WsdlContract wsdl = WsdlContract.load();
    assertThat(server.recorded()).hasSize(18);
    for (LoopbackSoapServer.Recorded r : server.recorded()) {
      assertThat(r.contentType()).as(r.operation()).isEqualTo("text/xml; charset=utf-8");
      assertThat(r.soapAction())
          .as(r.operation())
          .isEqualTo("\"" + wsdl.soap11Actions.get(r.operation()) + "\"");
      wsdl.validateBody(r.body());
    }
  }
}
