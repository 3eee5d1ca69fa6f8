package io.jenkins.plugins.wsus.simulator.model;

import io.jenkins.plugins.wsus.simulator.CatalogMetadataSource;
import io.jenkins.plugins.wsus.simulator.scenario.ScenarioControl;
import io.jenkins.plugins.wsus.simulator.scenario.TimeScale;
import io.jenkins.plugins.wsus.simulator.soap.WireLayout;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The simulated WSUS server's state: subscription, sync, updates, approvals, declines, imports,
 * target groups, configuration and event history. Thread-safe: every method takes the one lock.
 */
public final class WsusModel implements AutoCloseable {

  /** How long a stop takes to be acknowledged (Running → Stopping → NotProcessing). */
  static final Duration STOPPING = Duration.ofSeconds(2);

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final String serverVersion;
  private final CatalogMetadataSource catalog;
  private final TimeScale time;
  private final ScenarioControl scenarios;
  private final SyncPlanner planner;
  private final ScheduledExecutorService scheduler;

  private Subscription subscription;
  private final Set<UUID> classifications = new LinkedHashSet<>();
  private final Set<UUID> products = new LinkedHashSet<>();
  private ServerConfiguration configuration;
  private final Map<UUID, UpdateInfo> updates = new LinkedHashMap<>();
  private final List<Approval> approvals = new ArrayList<>();
  private final List<UUID> imports = new ArrayList<>();
  private final List<SyncEvent> events = new ArrayList<>();
  private final List<TargetGroup> groups;

  private SyncProgress progress = SyncProgress.IDLE;
  private SyncPlan plan;
  private int stepIndex;
  private Instant syncStarted;
  private boolean syncCategoryOnly;
  private ScheduledFuture<?> pending;
  private SyncResult lastResult;
  private long syncCount;

  public WsusModel(
      String serverVersion,
      boolean replica,
      CatalogMetadataSource catalog,
      TimeScale time,
      ScenarioControl scenarios,
      long seed) {
    this.serverVersion = serverVersion;
    this.catalog = catalog;
    this.time = time;
    this.scenarios = scenarios;
    this.planner = new SyncPlanner(seed);
    this.scheduler =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "wsus-sim-sync");
              t.setDaemon(true);
              return t;
            });
    Instant now = time.now();
    this.configuration = ServerConfiguration.defaults(replica);
    this.groups = InitialState.targetGroups();
    this.classifications.addAll(InitialState.subscribedClassifications());
    this.products.addAll(InitialState.subscribedProducts());
    Instant lastSync = now.minus(Duration.ofHours(20));
    this.subscription =
        new Subscription(
            3L * 3600 * 10_000_000, // 03:00 as .NET TimeSpan ticks (UNCONFIRMED unit)
            "CORP\\wsusadmin",
            now.minus(Duration.ofDays(30)),
            lastSync,
            true,
            "anchor-" + lastSync.getEpochSecond(),
            null,
            1,
            false);
    InitialState.updates(now).forEach(u -> updates.put(u.id(), u));
    addEvent(
        WireLayout.EVENT_SCHEDULED_SYNC_STARTED,
        lastSync.minus(Duration.ofMinutes(4)),
        WireLayout.SEVERITY_INFO,
        0,
        WireLayout.MESSAGE_SCHEDULED_STARTED,
        List.of(),
        List.of());
    addEvent(
        WireLayout.EVENT_SYNC_SUCCEEDED,
        lastSync,
        WireLayout.SEVERITY_INFO,
        0,
        WireLayout.MESSAGE_SUCCEEDED,
        List.of(),
        List.of());
  }

  // ---------------------------------------------------------------- identity

  public String serverVersion() {
    return serverVersion;
  }

  /** Whether the server is a replica (ReplicaMode in its configuration). */
  public boolean isReplica() {
    lock.lock();
    try {
      return configuration.replicaMode();
    } finally {
      lock.unlock();
    }
  }

  // ---------------------------------------------------------------- sync

  /** Starts a manual sync (event 382); fails when one is running, as the real server does. */
  public void startSync(boolean categoryOnly) {
    start(categoryOnly, true);
  }

  /** Starts a scheduled sync (event 381), as the server's own timer would. */
  public void startScheduledSync() {
    start(false, false);
  }

  /**
   * Turns on the server's own timer: while SynchronizeAutomatically is on, a scheduled sync starts
   * every 24 h / NumberOfSynchronizationsPerDay (nominal, scaled) unless one is running.
   */
  public void enableScheduledSyncs() {
    scheduleNextAutomaticSync();
  }

  private void scheduleNextAutomaticSync() {
    int perDay;
    lock.lock();
    try {
      perDay = Math.max(1, subscription.numberOfSynchronizationsPerDay());
    } finally {
      lock.unlock();
    }
    schedule(
        Duration.ofDays(1).dividedBy(perDay),
        () -> {
          lock.lock();
          try {
            if (subscription.synchronizeAutomatically() && !progress.isRunning()) {
              start(false, false);
            }
          } catch (WsusOperationException raced) {
            // A manual sync started first: the real server skips its slot too.
          } finally {
            lock.unlock();
          }
          scheduleNextAutomaticSync();
        });
  }

  private void start(boolean categoryOnly, boolean manual) {
    lock.lock();
    try {
      if (progress.isRunning()) {
        throw new WsusOperationException(WireLayout.INNER_SYNC_ALREADY_RUNNING);
      }
      Instant now = time.now();
      syncCount++;
      syncStarted = now;
      syncCategoryOnly = categoryOnly;
      plan =
          planner.plan(
              scenarios.at(now),
              Set.copyOf(classifications),
              Set.copyOf(products),
              categoryOnly,
              now);
      stepIndex = 0;
      addEvent(
          manual ? WireLayout.EVENT_MANUAL_SYNC_STARTED : WireLayout.EVENT_SCHEDULED_SYNC_STARTED,
          now,
          WireLayout.SEVERITY_INFO,
          0,
          manual ? WireLayout.MESSAGE_MANUAL_STARTED : WireLayout.MESSAGE_SCHEDULED_STARTED,
          List.of(),
          List.of());
      showStep();
    } finally {
      lock.unlock();
    }
  }

  /** Shows the current step and schedules the next; caller holds the lock. */
  private void showStep() {
    if (stepIndex >= plan.steps().size()) {
      finish(plan.ending());
      return;
    }
    SyncPlan.Step step = plan.steps().get(stepIndex);
    progress =
        new SyncProgress(WireLayout.STATUS_RUNNING, step.phase(), step.total(), step.processed());
    changed.signalAll();
    long generation = syncCount;
    pending = schedule(step.nominal(), () -> advance(generation));
  }

  private void advance(long generation) {
    lock.lock();
    try {
      if (generation != syncCount || progress.status() != WireLayout.STATUS_RUNNING) {
        return;
      }
      stepIndex++;
      showStep();
    } finally {
      lock.unlock();
    }
  }

  /** Ends the running sync; caller holds the lock. */
  private void finish(SyncPlan.Ending ending) {
    Instant now = time.now();
    SyncResult.Outcome outcome;
    if (ending.error() == SyncError.USER_CANCELED) {
      outcome = SyncResult.Outcome.CANCELED;
      addEvent(
          WireLayout.EVENT_SYNC_CANCELED,
          now,
          WireLayout.SEVERITY_INFO,
          0,
          WireLayout.MESSAGE_CANCELED,
          List.of(),
          errorData(ending.error()));
    } else if (ending.succeeded()) {
      outcome = SyncResult.Outcome.SUCCEEDED;
      plan.newUpdates().forEach(u -> updates.put(u.id(), u));
      subscription = subscription.synchronizedAt(now, "anchor-" + now.toEpochMilli());
      addEvent(
          WireLayout.EVENT_SYNC_SUCCEEDED,
          now,
          WireLayout.SEVERITY_INFO,
          0,
          WireLayout.MESSAGE_SUCCEEDED,
          List.of(),
          List.of());
    } else {
      outcome = SyncResult.Outcome.FAILED;
      addEvent(
          WireLayout.EVENT_SYNC_FAILED,
          now,
          WireLayout.SEVERITY_ERROR,
          WireLayout.HRESULT_SYNC_FAILED,
          WireLayout.MESSAGE_FAILED,
          List.of(ending.errorText()),
          errorData(ending.error()));
    }
    lastResult =
        new SyncResult(
            outcome, ending.error(), ending.errorText(), syncStarted, now, syncCategoryOnly);
    progress = SyncProgress.IDLE;
    plan = null;
    pending = null;
    changed.signalAll();
  }

  private static List<String> errorData(SyncError error) {
    return List.of(
        WireLayout.MISC_ERROR_NAME + error.wireName(), WireLayout.MISC_ERROR_CODE + error.code());
  }

  /** Stops the running sync (Stopping, then a 385 event); does nothing when none runs. */
  public void stopSync() {
    lock.lock();
    try {
      if (progress.status() != WireLayout.STATUS_RUNNING) {
        return;
      }
      if (pending != null) {
        pending.cancel(false);
      }
      progress =
          new SyncProgress(
              WireLayout.STATUS_STOPPING, progress.phase(), progress.total(), progress.processed());
      changed.signalAll();
      long generation = syncCount;
      pending =
          schedule(
              STOPPING,
              () -> {
                lock.lock();
                try {
                  if (generation == syncCount && progress.status() == WireLayout.STATUS_STOPPING) {
                    finish(new SyncPlan.Ending(SyncError.USER_CANCELED, "UserCanceled"));
                  }
                } finally {
                  lock.unlock();
                }
              });
    } finally {
      lock.unlock();
    }
  }

  /** The state and progress GetSubscriptionState / GetServerSyncProgress report. */
  public SyncProgress progress() {
    lock.lock();
    try {
      return progress;
    } finally {
      lock.unlock();
    }
  }

  /** How the last sync since start ended, if one did. */
  public Optional<SyncResult> lastResult() {
    lock.lock();
    try {
      return Optional.ofNullable(lastResult);
    } finally {
      lock.unlock();
    }
  }

  /** Waits (real time) until no sync runs; true when idle. */
  public boolean awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    lock.lock();
    try {
      while (progress.isRunning()) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        changed.awaitNanos(left);
      }
      return true;
    } finally {
      lock.unlock();
    }
  }

  // ---------------------------------------------------------------- events

  private void addEvent(
      short eventId,
      Instant at,
      int severity,
      int hresult,
      String message,
      List<String> replacements,
      List<String> misc) {
    events.add(
        new SyncEvent(
            UUID.randomUUID(),
            WireLayout.EVENT_NAMESPACE_SYNC,
            eventId,
            WireLayout.EVENT_SOURCE_SYNC,
            at,
            severity,
            hresult,
            message,
            replacements,
            misc));
  }

  /** Events matching {@code query}, newest first. */
  public List<SyncEvent> searchEvents(EventQuery query) {
    lock.lock();
    try {
      return events.stream()
          .filter(query::matches)
          .sorted(Comparator.comparing(SyncEvent::time).reversed())
          .toList();
    } finally {
      lock.unlock();
    }
  }

  /** Every event, oldest first. */
  public List<SyncEvent> events() {
    lock.lock();
    try {
      return List.copyOf(events);
    } finally {
      lock.unlock();
    }
  }

  // ---------------------------------------------------------------- subscription

  public Subscription subscription() {
    lock.lock();
    try {
      return subscription;
    } finally {
      lock.unlock();
    }
  }

  /** Subscribed classifications, in subscription order. */
  public List<Category> subscribedClassifications() {
    lock.lock();
    try {
      return classifications.stream().map(id -> KnownCategories.byId(id).orElseThrow()).toList();
    } finally {
      lock.unlock();
    }
  }

  /** Subscribed products. */
  public List<Category> subscribedProducts() {
    lock.lock();
    try {
      return products.stream().map(id -> KnownCategories.byId(id).orElseThrow()).toList();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Saves the subscription as SetSubscription does; null lists leave that part unchanged. A replica
   * refuses.
   */
  public void setSubscription(
      Subscription row,
      Collection<UUID> categoryIds,
      Collection<UUID> classificationIds,
      String user) {
    lock.lock();
    try {
      if (configuration.replicaMode()) {
        throw new WsusOperationException(WireLayout.INNER_REPLICA_REFUSED);
      }
      List<UUID> newProducts = categoryIds == null ? null : checkCategories(categoryIds, false);
      List<UUID> newClassifications =
          classificationIds == null ? null : checkCategories(classificationIds, true);
      if (newProducts != null) {
        products.clear();
        products.addAll(newProducts);
      }
      if (newClassifications != null) {
        classifications.clear();
        classifications.addAll(newClassifications);
      }
      if (row != null) {
        // The server owns LastSynchronizationTime and the anchors; the rest is taken as sent.
        subscription =
            new Subscription(
                row.synchronizeAutomaticallyTimeOfDay(),
                user != null ? user : row.lastModifiedBy(),
                time.now(),
                subscription.lastSynchronizationTime(),
                row.synchronizeAutomatically(),
                subscription.anchor(),
                subscription.deploymentAnchor(),
                row.numberOfSynchronizationsPerDay(),
                row.isCategoryOnly());
      }
    } finally {
      lock.unlock();
    }
  }

  /** Java API: subscribes exactly these classifications (titles or ids), as an admin would. */
  public void setSubscribedClassifications(Collection<String> titlesOrIds) {
    List<UUID> ids =
        titlesOrIds.stream()
            .map(
                t ->
                    KnownCategories.classificationByName(t)
                        .orElseThrow(
                            () -> new IllegalArgumentException("unknown classification: " + t))
                        .id())
            .toList();
    setSubscription(null, null, ids, "simulator");
  }

  private static List<UUID> checkCategories(Collection<UUID> ids, boolean wantClassifications) {
    for (UUID id : ids) {
      Optional<Category> c = KnownCategories.byId(id);
      if (c.isEmpty() || c.get().isClassification() != wantClassifications) {
        throw new WsusOperationException(WireLayout.innerUnknownCategory(id.toString()));
      }
    }
    return List.copyOf(new LinkedHashSet<>(ids));
  }

  /** Every known classification (true) or product (false). */
  public List<Category> categories(boolean classificationsWanted) {
    return classificationsWanted ? KnownCategories.CLASSIFICATIONS : KnownCategories.PRODUCTS;
  }

  // ---------------------------------------------------------------- configuration and groups

  public ServerConfiguration configuration() {
    lock.lock();
    try {
      return configuration;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Replaces the configuration (ExecuteSPSetConfiguration, or the Java API to simulate a proxy or
   * an upstream WSUS).
   */
  public void setConfiguration(ServerConfiguration newConfiguration) {
    lock.lock();
    try {
      configuration = newConfiguration;
    } finally {
      lock.unlock();
    }
  }

  public List<TargetGroup> targetGroups() {
    return groups;
  }

  // ---------------------------------------------------------------- updates

  /** Every update in the store, in arrival order. */
  public List<UpdateInfo> updates() {
    lock.lock();
    try {
      return List.copyOf(updates.values());
    } finally {
      lock.unlock();
    }
  }

  /** The update with this id, any revision. */
  public Optional<UpdateInfo> update(UUID id) {
    lock.lock();
    try {
      return Optional.ofNullable(updates.get(id));
    } finally {
      lock.unlock();
    }
  }

  /** Approves a revision for a group (ExecuteSPDeployUpdate1). */
  public Approval approve(
      UUID updateId,
      int revision,
      int action,
      UUID groupId,
      Instant deadline,
      String adminName,
      boolean assigned) {
    lock.lock();
    try {
      if (configuration.replicaMode()) {
        throw new WsusOperationException(WireLayout.INNER_REPLICA_REFUSED);
      }
      UpdateInfo u = updates.get(updateId);
      if (u == null || u.revision() != revision) {
        throw new WsusOperationException(
            WireLayout.innerUnknownUpdate(updateId + " revision " + revision));
      }
      if (groups.stream().noneMatch(g -> g.id().equals(groupId))) {
        throw new WsusOperationException(WireLayout.innerUnknownTargetGroup(groupId.toString()));
      }
      if (action != WireLayout.ACTION_INSTALL
          && action != WireLayout.ACTION_UNINSTALL
          && action != WireLayout.ACTION_NOT_APPROVED) {
        throw new WsusOperationException(
            "System.ArgumentOutOfRangeException: deploymentAction " + action + " is not valid.");
      }
      if (u.declined() && action != WireLayout.ACTION_NOT_APPROVED) {
        updates.put(updateId, u.asNotDeclined());
      }
      Approval a =
          new Approval(
              UUID.randomUUID(),
              updateId,
              revision,
              groupId,
              action,
              deadline,
              adminName,
              assigned,
              time.now());
      approvals.add(a);
      return a;
    } finally {
      lock.unlock();
    }
  }

  /** Declines an update (ExecuteSPDeclineUpdate). */
  public void decline(UUID updateId, String adminName, boolean failIfReplica) {
    lock.lock();
    try {
      if (configuration.replicaMode() && failIfReplica) {
        throw new WsusOperationException(WireLayout.INNER_REPLICA_REFUSED);
      }
      UpdateInfo u = updates.get(updateId);
      if (u == null) {
        throw new WsusOperationException(WireLayout.innerUnknownUpdate(updateId.toString()));
      }
      updates.put(updateId, u.asDeclined());
    } finally {
      lock.unlock();
    }
  }

  /** Imports an update from the catalog (CatalogSiteGetMetadataAndImport). */
  public UpdateInfo importFromCatalog(UUID updateId) {
    Optional<CatalogMetadataSource.CatalogMetadata> metadata = catalog.metadataFor(updateId);
    lock.lock();
    try {
      if (metadata.isEmpty()) {
        throw new WsusOperationException(WireLayout.innerCatalogUnknown(updateId.toString()));
      }
      CatalogMetadataSource.CatalogMetadata m = metadata.get();
      UUID classification =
          KnownCategories.classificationByName(m.classification())
              .map(Category::id)
              .orElse(KnownCategories.UPDATES);
      List<UUID> productIds =
          m.products().stream()
              .flatMap(
                  p ->
                      KnownCategories.PRODUCTS.stream()
                          .filter(c -> c.title().equalsIgnoreCase(p))
                          .map(Category::id))
              .toList();
      String kb = m.kb() == null ? "" : m.kb().replaceFirst("(?i)^KB", "");
      UpdateInfo u =
          new UpdateInfo(
              m.updateId(),
              m.revisionNumber(),
              m.title(),
              kb,
              classification,
              productIds,
              time.now(),
              false,
              UpdateInfo.Origin.CATALOG);
      updates.putIfAbsent(u.id(), u);
      imports.add(u.id());
      return updates.get(u.id());
    } finally {
      lock.unlock();
    }
  }

  /** Approvals recorded since start. */
  public List<Approval> approvals() {
    lock.lock();
    try {
      return List.copyOf(approvals);
    } finally {
      lock.unlock();
    }
  }

  /** Ids imported from the catalog since start, in order (repeats included). */
  public List<UUID> imports() {
    lock.lock();
    try {
      return List.copyOf(imports);
    } finally {
      lock.unlock();
    }
  }

  // ---------------------------------------------------------------- lifecycle

  private ScheduledFuture<?> schedule(Duration nominal, Runnable task) {
    long nanos = time.scale(nominal).toNanos();
    return scheduler.schedule(task, nanos, TimeUnit.NANOSECONDS);
  }

  /** Stops the sync timer. */
  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
