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
import java.util.Optional;
import java.util.UUID;

/**
 * The operations of one WSUS server's API Remoting service that the engine uses. Method names
 * follow the WSDL operations. Every call is a single attempt: implementations never retry (the
 * engine owns retrying). Implementations are thread-safe.
 */
public interface WsusApi extends AutoCloseable {

  /** {@code GetServerVersion}: the server's version string, e.g. {@code 10.0.20348.1}. */
  String getServerVersion() throws WsusException;

  /** {@code GetCurrentUserRole}: the caller's role. */
  UserRole getCurrentUserRole() throws WsusException;

  /** {@code Ping} (IMonitorable namespace): is the service alive. */
  PingResult ping() throws WsusException;

  /** {@code StartSubscriptionManually}: start a full synchronization. */
  void startSubscriptionManually() throws WsusException;

  /** {@code StartSubscriptionManuallyForCategoryOnly}: start a categories-only synchronization. */
  void startSubscriptionManuallyForCategoryOnly() throws WsusException;

  /** {@code StopSubscription}: stop the running synchronization. */
  void stopSubscription() throws WsusException;

  /** {@code GetSubscriptionState}: whether a synchronization is running. */
  SynchronizationStatus getSubscriptionState() throws WsusException;

  /** {@code GetServerSyncProgress}: progress of the running synchronization. */
  SyncProgress getServerSyncProgress() throws WsusException;

  /** {@code GetSubscription}: the schedule and last synchronization time. */
  Subscription getSubscription() throws WsusException;

  /**
   * {@code ExecuteSPSearchEventHistory} filtered to synchronization events, oldest first.
   *
   * @param from inclusive lower bound on the time at server
   * @param to upper bound on the time at server
   */
  List<SyncEvent> searchSyncEvents(Instant from, Instant to) throws WsusException;

  /**
   * {@code GetSubscriptionCategories}: the products (or classifications) the server synchronizes.
   *
   * @param classifications true for update classifications, false for products
   */
  List<SubscriptionCategory> getSubscriptionCategories(boolean classifications)
      throws WsusException;

  /**
   * {@code SetSubscription}: save the subscription with these products and classifications.
   *
   * @param subscription the subscription row to save (read it first, change what is needed)
   * @param categoryIds the product category ids to synchronize
   * @param classificationIds the update classification ids to synchronize
   * @param userName recorded by the server as the one who changed it
   */
  void setSubscription(
      Subscription subscription,
      List<UUID> categoryIds,
      List<UUID> classificationIds,
      String userName)
      throws WsusException;

  /** {@code ExecuteSPGetConfiguration}: upstream, proxy and retry configuration. */
  ServerConfiguration getConfiguration() throws WsusException;

  /**
   * {@code CatalogSiteGetMetadataAndImport}: let the server fetch an update's metadata from the
   * Microsoft Update Catalog and import it.
   *
   * @param updateId the update to import
   * @param digests the SHA-1 digests of downloaded files; empty is what Microsoft's script sends
   */
  void catalogSiteGetMetadataAndImport(UUID updateId, List<byte[]> digests) throws WsusException;

  /** {@code ExecuteSPGetAllTargetGroups}: every computer target group. */
  List<TargetGroup> getAllTargetGroups() throws WsusException;

  /**
   * {@code ExecuteSPDeployUpdate1}: approve an update revision for a target group.
   *
   * @param update the update revision
   * @param action install, uninstall or not approved ({@link ApprovalAction#ALL} is rejected)
   * @param targetGroupId the target group
   * @param deadline the installation deadline, null for none
   * @param adminName recorded as the approver
   * @param isAssigned whether the approval is assigned (false only for optional installs)
   */
  void deployUpdate(
      UpdateRevisionId update,
      ApprovalAction action,
      UUID targetGroupId,
      Instant deadline,
      String adminName,
      boolean isAssigned)
      throws WsusException;

  /**
   * {@code ExecuteSPDeclineUpdate}: decline every revision of an update.
   *
   * @param updateId the update
   * @param adminName recorded as the one who declined it
   * @param failIfReplica whether the server must refuse when it is a replica
   */
  void declineUpdate(UUID updateId, String adminName, boolean failIfReplica) throws WsusException;

  /**
   * {@code ExecuteSPGetUpdateById}: look up one update revision, e.g. to verify an import landed.
   *
   * @return the update, or empty when the server does not know it
   */
  Optional<UpdateSummary> getUpdateById(UpdateRevisionId id) throws WsusException;

  /** Releases connections. Never throws a checked exception. */
  @Override
  void close();
}
