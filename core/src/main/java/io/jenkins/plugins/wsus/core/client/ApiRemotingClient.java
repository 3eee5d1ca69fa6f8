package io.jenkins.plugins.wsus.core.client;

import io.jenkins.plugins.wsus.core.model.ApprovalAction;
import io.jenkins.plugins.wsus.core.model.PingResult;
import io.jenkins.plugins.wsus.core.model.ServerConfiguration;
import io.jenkins.plugins.wsus.core.model.Subscription;
import io.jenkins.plugins.wsus.core.model.SubscriptionCategory;
import io.jenkins.plugins.wsus.core.model.SyncEvent;
import io.jenkins.plugins.wsus.core.model.SyncProgress;
import io.jenkins.plugins.wsus.core.model.SynchronizationStatus;
import io.jenkins.plugins.wsus.core.model.TargetGroup;
import io.jenkins.plugins.wsus.core.model.UpdateRevisionId;
import io.jenkins.plugins.wsus.core.model.UpdateSummary;
import io.jenkins.plugins.wsus.core.model.UserRole;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.w3c.dom.Element;

/**
 * {@link WsusApi} over the API Remoting SOAP service ({@code /ApiRemoting30/WebService.asmx}), with
 * NTLM over pooled keep-alive connections. Thread-safe; one instance per server; close it when
 * done.
 *
 * <pre>{@code
 * try (WsusApi wsus = new ApiRemotingClient(WsusClientConfig.builder()
 *     .baseUrl("https://wsus01:8531").account("CORP\\svc-wsus").password(pw).build())) {
 *   SynchronizationStatus status = wsus.getSubscriptionState();
 * }
 * }</pre>
 *
 * <p>Every call is a single attempt and either returns a value or throws a typed {@link
 * WsusException}; it never retries.
 */
public final class ApiRemotingClient implements WsusApi {

  private final WsusClientConfig config;
  private final ApiRemotingTransport transport;

  /**
   * @throws IllegalArgumentException when the configured CA bundle cannot be used
   */
  public ApiRemotingClient(WsusClientConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.transport = new ApiRemotingTransport(config);
  }

  /** The configuration (its {@code toString()} masks the password). */
  public WsusClientConfig config() {
    return config;
  }

  @Override
  public String getServerVersion() throws WsusException {
    return call(ApiRemotingRequests.getServerVersion(), ApiRemotingResponses::serverVersion);
  }

  @Override
  public UserRole getCurrentUserRole() throws WsusException {
    return call(ApiRemotingRequests.getCurrentUserRole(), ApiRemotingResponses::userRole);
  }

  @Override
  public PingResult ping() throws WsusException {
    return call(ApiRemotingRequests.ping(), ApiRemotingResponses::ping);
  }

  @Override
  public void startSubscriptionManually() throws WsusException {
    call(ApiRemotingRequests.startSubscriptionManually(), r -> null);
  }

  @Override
  public void startSubscriptionManuallyForCategoryOnly() throws WsusException {
    call(ApiRemotingRequests.startSubscriptionManuallyForCategoryOnly(), r -> null);
  }

  @Override
  public void stopSubscription() throws WsusException {
    call(ApiRemotingRequests.stopSubscription(), r -> null);
  }

  @Override
  public SynchronizationStatus getSubscriptionState() throws WsusException {
    return call(
        ApiRemotingRequests.getSubscriptionState(), ApiRemotingResponses::subscriptionState);
  }

  @Override
  public SyncProgress getServerSyncProgress() throws WsusException {
    return call(ApiRemotingRequests.getServerSyncProgress(), ApiRemotingResponses::syncProgress);
  }

  @Override
  public Subscription getSubscription() throws WsusException {
    return call(ApiRemotingRequests.getSubscription(), ApiRemotingResponses::subscription);
  }

  @Override
  public List<SyncEvent> searchSyncEvents(Instant from, Instant to) throws WsusException {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "searchSyncEvents: 'to' " + to + " is before 'from' " + from);
    }
    return call(ApiRemotingRequests.searchSyncEvents(from, to), ApiRemotingResponses::syncEvents);
  }

  @Override
  public List<SubscriptionCategory> getSubscriptionCategories(boolean classifications)
      throws WsusException {
    return call(
        ApiRemotingRequests.getSubscriptionCategories(classifications),
        ApiRemotingResponses::categories);
  }

  @Override
  public void setSubscription(
      Subscription subscription,
      List<UUID> categoryIds,
      List<UUID> classificationIds,
      String userName)
      throws WsusException {
    Objects.requireNonNull(subscription, "subscription");
    call(
        ApiRemotingRequests.setSubscription(
            subscription, List.copyOf(categoryIds), List.copyOf(classificationIds), userName),
        r -> null);
  }

  @Override
  public ServerConfiguration getConfiguration() throws WsusException {
    return call(ApiRemotingRequests.getConfiguration(), ApiRemotingResponses::configuration);
  }

  @Override
  public void catalogSiteGetMetadataAndImport(UUID updateId, List<byte[]> digests)
      throws WsusException {
    Objects.requireNonNull(updateId, "updateId");
    call(
        ApiRemotingRequests.catalogSiteGetMetadataAndImport(
            updateId, digests == null ? List.of() : List.copyOf(digests)),
        r -> null);
  }

  @Override
  public List<TargetGroup> getAllTargetGroups() throws WsusException {
    return call(ApiRemotingRequests.getAllTargetGroups(), ApiRemotingResponses::targetGroups);
  }

  @Override
  public void deployUpdate(
      UpdateRevisionId update,
      ApprovalAction action,
      UUID targetGroupId,
      Instant deadline,
      String adminName,
      boolean isAssigned)
      throws WsusException {
    Objects.requireNonNull(update, "update");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(targetGroupId, "targetGroupId");
    call(
        ApiRemotingRequests.deployUpdate(
            update,
            ApiRemotingMappings.deploymentAction(action),
            targetGroupId,
            deadline,
            adminName,
            isAssigned),
        r -> null);
  }

  @Override
  public void declineUpdate(UUID updateId, String adminName, boolean failIfReplica)
      throws WsusException {
    Objects.requireNonNull(updateId, "updateId");
    call(ApiRemotingRequests.declineUpdate(updateId, adminName, failIfReplica), r -> null);
  }

  @Override
  public Optional<UpdateSummary> getUpdateById(UpdateRevisionId id) throws WsusException {
    Objects.requireNonNull(id, "id");
    return call(ApiRemotingRequests.getUpdateById(id), ApiRemotingResponses::updateSummary);
  }

  @Override
  public void close() {
    transport.close();
  }

  @Override
  public String toString() {
    return "ApiRemotingClient[" + config.serverName() + "]";
  }

  /**
   * One exchange: send, open the envelope, map faults, parse; parse problems name the operation.
   */
  private <T> T call(SoapRequest request, Function<Element, T> parser) throws WsusException {
    String server = config.serverName();
    ApiRemotingTransport.Answer answer = transport.exchange(request);
    try {
      if (answer.status() == 500) {
        Element child;
        try {
          child = SoapEnvelopeReader.bodyChild(answer.body());
        } catch (MalformedResponse notSoap) {
          throw new WsusHttpException(request.operation(), server, 500);
        }
        if (SoapEnvelopeReader.isFault(child)) {
          throw SoapEnvelopeReader.fault(child, request.operation(), server);
        }
        throw new WsusHttpException(request.operation(), server, 500);
      }
      return parser.apply(SoapEnvelopeReader.response(answer.body(), request, server));
    } catch (MalformedResponse e) {
      throw new WsusMalformedResponseException(request.operation(), server, e.getMessage(), e);
    }
  }
}
