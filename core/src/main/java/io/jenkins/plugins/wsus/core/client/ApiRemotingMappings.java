package io.jenkins.plugins.wsus.core.client;

import io.jenkins.plugins.wsus.core.model.ApprovalAction;
import io.jenkins.plugins.wsus.core.model.SubscriptionCategory;
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
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * EVERY mapping between the wire and the model whose meaning is not confirmed by Microsoft's
 * documentation or the WSDL lives here, with where the assumption comes from. The WSDL gives names
 * and types only; {@code GenericReadableRow}s are untyped lists whose column order the WSDL does
 * not describe. When a real server proves an assumption wrong, this is the one class to change.
 * Unrecognised values map to the model's UNKNOWN/OTHER constants, never to an exception.
 *
 * <p>Sources: "facts" = /work/shared/reference/wsus-facts.md section 1; "managed API" = the
 * documented Microsoft.UpdateServices.Administration enums.
 */
final class ApiRemotingMappings {

  private ApiRemotingMappings() {}

  // ------------------------------------------------------------------ dates

  /**
   * The zone of an xs:dateTime the server sends without an offset (.NET "unspecified" kind).
   * ASSUMPTION: WSUS stores and returns its times in UTC. Such values are written back with 'Z'.
   */
  static final ZoneOffset UNSPECIFIED_TIME_ZONE = ZoneOffset.UTC;

  // ------------------------------------------------------------------ Ping

  /**
   * {@code Ping.pingLevel}. ASSUMPTION: 0 is the cheapest liveness check (IMonitorable is not
   * documented; deeper levels may touch the database).
   */
  static final int PING_LEVEL = 0;

  // ------------------------------------------------------------------ GetSubscriptionState

  /**
   * {@code GetSubscriptionStateResult} int. ASSUMPTION (facts: "from third-party clients,
   * unconfirmed"): the managed API's SynchronizationStatus values 0 NotProcessing, 1 Running, 2
   * Stopping.
   */
  static SynchronizationStatus subscriptionState(int wire) {
    return SynchronizationStatus.fromValue(wire);
  }

  // ------------------------------------------------------------------ GetServerSyncProgress

  /**
   * Column positions of the progress row. ASSUMPTION (facts, third-party): [phase, total,
   * processed].
   */
  static final int PROGRESS_PHASE = 0;

  static final int PROGRESS_TOTAL = 1;
  static final int PROGRESS_PROCESSED = 2;

  /**
   * The progress from {@code GetServerSyncProgressResult}. ASSUMPTION: the phase int uses the
   * managed API's SynchronizationPhase values; no row means nothing is being processed.
   */
  static SyncProgress syncProgress(List<GenericRow> rows) {
    if (rows.isEmpty()) {
      return new SyncProgress(SynchronizationPhase.NOT_PROCESSING, 0, 0);
    }
    GenericRow row = rows.get(0);
    long phase = row.integral(PROGRESS_PHASE, "phase");
    SynchronizationPhase p =
        phase < Integer.MIN_VALUE || phase > Integer.MAX_VALUE
            ? SynchronizationPhase.UNKNOWN
            : SynchronizationPhase.fromValue((int) phase);
    return new SyncProgress(
        p, row.integral(PROGRESS_TOTAL, "total"), row.integral(PROGRESS_PROCESSED, "processed"));
  }

  // ------------------------------------------------------------------ GetCurrentUserRole

  /**
   * {@code GetCurrentUserRoleResult}. ASSUMPTION (facts, unconfirmed): 0 none, 1 reporter, 2
   * administrator.
   */
  static UserRole userRole(int wire) {
    return switch (wire) {
      case 0 -> UserRole.NONE;
      case 1 -> UserRole.REPORTER;
      case 2 -> UserRole.ADMINISTRATOR;
      default -> UserRole.UNKNOWN;
    };
  }

  // ------------------------------------------------------------------ ExecuteSPSearchEventHistory

  /** Event namespace of the synchronization events (facts: "namespace 2"). */
  static final int SYNC_EVENT_NAMESPACE = 2;

  /** Documented (facts): scheduled sync started. */
  static final int EVENT_SCHEDULED_STARTED = 381;

  /** Documented (facts): manual sync started. */
  static final int EVENT_MANUAL_STARTED = 382;

  /** Documented (facts): sync succeeded. */
  static final int EVENT_SUCCEEDED = 384;

  /** ASSUMPTION (facts: third-party, unconfirmed): sync canceled. */
  static final int EVENT_CANCELED = 385;

  /** ASSUMPTION (facts: third-party, unconfirmed): sync failed. */
  static final int EVENT_FAILED = 386;

  /** The event ids the sync-event search asks for. */
  static final int[] SYNC_EVENT_IDS = {
    EVENT_SCHEDULED_STARTED, EVENT_MANUAL_STARTED, EVENT_SUCCEEDED, EVENT_CANCELED, EVENT_FAILED
  };

  static SyncEventKind eventKind(int eventId) {
    return switch (eventId) {
      case EVENT_SCHEDULED_STARTED -> SyncEventKind.SCHEDULED_STARTED;
      case EVENT_MANUAL_STARTED -> SyncEventKind.MANUAL_STARTED;
      case EVENT_SUCCEEDED -> SyncEventKind.SUCCEEDED;
      case EVENT_CANCELED -> SyncEventKind.CANCELED;
      case EVENT_FAILED -> SyncEventKind.FAILED;
      default -> SyncEventKind.OTHER;
    };
  }

  /** The result an event implies; a start event carries no result yet (UNKNOWN). */
  static SynchronizationResult eventResult(SyncEventKind kind) {
    return switch (kind) {
      case SUCCEEDED -> SynchronizationResult.SUCCEEDED;
      case FAILED -> SynchronizationResult.FAILED;
      case CANCELED -> SynchronizationResult.CANCELED;
      default -> SynchronizationResult.UNKNOWN;
    };
  }

  /**
   * Keys looked for in {@code MiscData} entries of the form {@code key=value} that carry the
   * SynchronizationError (by name or int). ASSUMPTION: the WSDL only says MiscData is a list of
   * strings and no public source shows a sync event's MiscData; the project's simulator writes
   * {@code SynchronizationError=<name>} and {@code SynchronizationErrorCode=<int>}.
   */
  static final List<String> ERROR_KEYS =
      List.of("synchronizationerror", "synchronizationerrorcode", "errortype", "error");

  /**
   * The SynchronizationError of an event. Only failure and cancel events carry one: a failure
   * without a recognisable entry is UNKNOWN, a cancel without one is USER_CANCELED, everything else
   * NOT_APPLICABLE.
   */
  static SynchronizationError eventError(SyncEventKind kind, List<String> miscData) {
    if (kind != SyncEventKind.FAILED && kind != SyncEventKind.CANCELED) {
      return SynchronizationError.NOT_APPLICABLE;
    }
    for (String entry : miscData) {
      if (entry == null) {
        continue;
      }
      int eq = entry.indexOf('=');
      if (eq <= 0) {
        continue;
      }
      String key = entry.substring(0, eq).trim().toLowerCase(Locale.ROOT);
      String value = entry.substring(eq + 1).trim();
      if (ERROR_KEYS.contains(key)) {
        if (value.matches("-?\\d{1,9}")) {
          return SynchronizationError.fromValue(Integer.parseInt(value));
        }
        return SynchronizationError.fromWsusName(value);
      }
    }
    return kind == SyncEventKind.CANCELED
        ? SynchronizationError.USER_CANCELED
        : SynchronizationError.UNKNOWN;
  }

  /**
   * The error text of an event. ASSUMPTION (facts: "ReplacementStrings (the error text)"): the
   * first non-blank replacement string of a failure or cancel event; none for other events.
   */
  static String eventErrorText(SyncEventKind kind, List<String> replacementStrings) {
    if (kind != SyncEventKind.FAILED && kind != SyncEventKind.CANCELED) {
      return null;
    }
    return replacementStrings.stream()
        .filter(s -> s != null && !s.isBlank())
        .findFirst()
        .orElse(null);
  }

  /** The eight dates of the EventHistoryFilter. */
  record EventTimeRange(
      Instant fromAtTarget, Instant toAtTarget, Instant fromAtServer, Instant toAtServer) {}

  /** .NET's DateTime.MinValue / MaxValue as UTC instants. */
  static final Instant DOTNET_MIN = Instant.parse("0001-01-01T00:00:00Z");

  static final Instant DOTNET_MAX = Instant.parse("9999-12-31T23:59:59Z");

  /**
   * The filter's time range. ASSUMPTION: the server filters sync events on their time at server;
   * the target-time bounds are left wide open (DateTime.MinValue..MaxValue), and each lower/upper
   * case pair gets the same value because which of the pair the server reads is undocumented.
   */
  static EventTimeRange eventTimeRange(Instant from, Instant to) {
    return new EventTimeRange(DOTNET_MIN, DOTNET_MAX, from, to);
  }

  // ------------------------------------------------------------------ GetSubscriptionCategories

  /**
   * ASSUMPTION (no public source; the same layout as the project's simulator, WireLayout): category
   * rows are [id (guid), category type (string), title (string), parent id (guid or nil)].
   */
  static final int CATEGORY_ID = 0;

  static final int CATEGORY_TITLE = 2;

  static SubscriptionCategory category(GenericRow row) {
    return new SubscriptionCategory(
        row.uuid(CATEGORY_ID, "category id"), row.string(CATEGORY_TITLE));
  }

  // ------------------------------------------------------------------ ExecuteSPGetAllTargetGroups

  /**
   * ASSUMPTION (no public source; the same layout as the project's simulator, WireLayout):
   * target-group rows are [TargetGroupID (guid), Name (string), Description (string), ParentGroupID
   * (guid or nil), order (int)].
   */
  static final int GROUP_ID = 0;

  static final int GROUP_NAME = 1;
  static final int GROUP_PARENT = 3;

  static TargetGroup targetGroup(GenericRow row) {
    return new TargetGroup(
        row.uuid(GROUP_ID, "target group id"),
        row.string(GROUP_NAME),
        row.optionalUuid(GROUP_PARENT, "parent target group id"));
  }

  // ------------------------------------------------------------------ ExecuteSPDeployUpdate1

  /**
   * {@code deploymentAction} ints. ASSUMPTION: the managed API's UpdateApprovalAction values
   * (Install 0, Uninstall 1, NotApproved 3), which match the database's deployment action ids (3 =
   * "block", shown as not approved). {@link ApprovalAction#ALL} is a query filter and is rejected.
   */
  static int deploymentAction(ApprovalAction action) {
    return switch (action) {
      case INSTALL -> 0;
      case UNINSTALL -> 1;
      case NOT_APPROVED -> 3;
      case ALL ->
          throw new IllegalArgumentException(
              "ApprovalAction.ALL is a search filter and cannot be deployed");
    };
  }

  /**
   * The {@code deadline} sent when there is none. ASSUMPTION: the managed API uses
   * DateTime.MaxValue for "no deadline".
   */
  static final String NO_DEADLINE = "9999-12-31T23:59:59.9999999";

  // ------------------------------------------------------------------ ExecuteSPGetUpdateById

  /**
   * ASSUMPTION (no public source; the same layout as the project's simulator, WireLayout): a {@code
   * minimalProperties} row is [UpdateId (guid), RevisionNumber (int), title (string),
   * classification id (guid), classification title (string), ...]; no row means the server does not
   * know the update.
   */
  static final int UPDATE_ID = 0;

  static final int UPDATE_REVISION = 1;
  static final int UPDATE_TITLE = 2;
  static final int UPDATE_CLASSIFICATION_TITLE = 4;

  static Optional<UpdateSummary> updateSummary(List<GenericRow> minimalProperties) {
    if (minimalProperties.isEmpty()) {
      return Optional.empty();
    }
    GenericRow row = minimalProperties.get(0);
    UpdateRevisionId id =
        new UpdateRevisionId(
            row.uuid(UPDATE_ID, "update id"), row.intValue(UPDATE_REVISION, "revision number"));
    return Optional.of(
        new UpdateSummary(id, row.string(UPDATE_TITLE), row.string(UPDATE_CLASSIFICATION_TITLE)));
  }
}
