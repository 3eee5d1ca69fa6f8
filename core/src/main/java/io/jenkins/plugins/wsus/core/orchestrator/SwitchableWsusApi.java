package io.jenkins.plugins.wsus.core.orchestrator;

import io.jenkins.plugins.wsus.core.client.WsusApi;
import io.jenkins.plugins.wsus.core.client.WsusException;
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
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A server's API whose underlying client can be replaced while the engine holds it: when an
 * administrator changes a server's URL, CA or credentials, the next call uses the new client. The
 * engine opens each server once, so without this a changed password would need a restart.
 */
final class SwitchableWsusApi implements WsusApi {
  private final AtomicReference<WsusApi> current;

  SwitchableWsusApi(WsusApi initial) {
    this.current = new AtomicReference<>(initial);
  }

  /** Uses {@code next} from now on and returns the client it replaced (for the caller to close). */
  WsusApi switchTo(WsusApi next) {
    return current.getAndSet(next);
  }

  private WsusApi api() {
    return current.get();
  }

  @Override
  public String getServerVersion() throws WsusException {
    return api().getServerVersion();
  }

  @Override
  public UserRole getCurrentUserRole() throws WsusException {
    return api().getCurrentUserRole();
  }

  @Override
  public PingResult ping() throws WsusException {
    return api().ping();
  }

  @Override
  public void startSubscriptionManually() throws WsusException {
    api().startSubscriptionManually();
  }

  @Override
  public void startSubscriptionManuallyForCategoryOnly() throws WsusException {
    api().startSubscriptionManuallyForCategoryOnly();
  }

  @Override
  public void stopSubscription() throws WsusException {
    api().stopSubscription();
  }

  @Override
  public SynchronizationStatus getSubscriptionState() throws WsusException {
    return api().getSubscriptionState();
  }

  @Override
  public SyncProgress getServerSyncProgress() throws WsusException {
    return api().getServerSyncProgress();
  }

  @Override
  public Subscription getSubscription() throws WsusException {
    return api().getSubscription();
  }

  @Override
  public List<SyncEvent> searchSyncEvents(Instant from, Instant to) throws WsusException {
    return api().searchSyncEvents(from, to);
  }

  @Override
  public List<SubscriptionCategory> getSubscriptionCategories(boolean classifications)
      throws WsusException {
    return api().getSubscriptionCategories(classifications);
  }

  @Override
  public void setSubscription(
      Subscription subscription,
      List<UUID> categoryIds,
      List<UUID> classificationIds,
      String userName)
      throws WsusException {
    api().setSubscription(subscription, categoryIds, classificationIds, userName);
  }

  @Override
  public ServerConfiguration getConfiguration() throws WsusException {
    return api().getConfiguration();
  }

  @Override
  public void catalogSiteGetMetadataAndImport(UUID updateId, List<byte[]> digests)
      throws WsusException {
    api().catalogSiteGetMetadataAndImport(updateId, digests);
  }

  @Override
  public List<TargetGroup> getAllTargetGroups() throws WsusException {
    return api().getAllTargetGroups();
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
    api().deployUpdate(update, action, targetGroupId, deadline, adminName, isAssigned);
  }

  @Override
  public void declineUpdate(UUID updateId, String adminName, boolean failIfReplica)
      throws WsusException {
    api().declineUpdate(updateId, adminName, failIfReplica);
  }

  @Override
  public Optional<UpdateSummary> getUpdateById(UpdateRevisionId id) throws WsusException {
    return api().getUpdateById(id);
  }

  @Override
  public void close() {
    api().close();
  }
}
