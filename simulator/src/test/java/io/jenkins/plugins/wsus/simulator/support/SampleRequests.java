package io.jenkins.plugins.wsus.simulator.support;

import java.util.LinkedHashMap;
import java.util.Map;

/** One valid request body (inner XML) per implemented operation, as OPERATIONS.md shows them. */
public final class SampleRequests {

  public static final String UPDATE_ID = "0b4e1a3c-2f5d-4c6e-8a7b-9c0d1e2f3a41";
  public static final String ALL_COMPUTERS = "a0a08746-4dbe-4a37-9adf-9e7652c0b421";
  public static final String MIN = "0001-01-01T00:00:00";

  private SampleRequests() {}

  /** Event filter on the five sync event ids, with a time window. */
  public static String eventFilter(String from, String to) {
    StringBuilder ids = new StringBuilder();
    for (int id : new int[] {381, 382, 384, 385, 386}) {
      ids.append("<EventIdFilter><NamespaceId>2</NamespaceId><EventId>")
          .append(id)
          .append("</EventId></EventIdFilter>");
    }
    return "<eventHistoryFilter><eventIdFilter>"
        + ids
        + "</eventIdFilter>"
        + "<fromTimeAtTarget>"
        + MIN
        + "</fromTimeAtTarget>"
        + "<toTimeAtTarget>"
        + MIN
        + "</toTimeAtTarget>"
        + "<fromTimeAtServer>"
        + from
        + "</fromTimeAtServer>"
        + "<toTimeAtServer>"
        + to
        + "</toTimeAtServer>"
        + "<FromTimeAtTarget>"
        + MIN
        + "</FromTimeAtTarget>"
        + "<ToTimeAtTarget>"
        + MIN
        + "</ToTimeAtTarget>"
        + "<FromTimeAtServer>"
        + from
        + "</FromTimeAtServer>"
        + "<ToTimeAtServer>"
        + to
        + "</ToTimeAtServer>"
        + "</eventHistoryFilter>";
  }

  /** Read-only operations and their inner XML. */
  public static Map<String, String> reads() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("GetServerVersion", "");
    m.put("GetCurrentUserRole", "");
    m.put("GetSubscriptionState", "");
    m.put("GetServerSyncProgress", "");
    m.put("GetSubscription", "");
    m.put(
        "ExecuteSPSearchEventHistory",
        eventFilter("2000-01-01T00:00:00Z", "9999-12-31T23:59:59.9999999"));
    m.put(
        "GetSubscriptionCategories",
        "<preferredCulture>en</preferredCulture><retrieveUpdateClassifications>true</retrieveUpdateClassifications>");
    m.put("ExecuteSPGetConfiguration", "");
    m.put("ExecuteSPGetAllTargetGroups", "");
    m.put(
        "ExecuteSPGetUpdateById",
        "<preferredCulture>en</preferredCulture><id><UpdateId>"
            + UPDATE_ID
            + "</UpdateId><RevisionNumber>201</RevisionNumber></id>");
    return m;
  }

  public static String deploy(String groupId) {
    return "<updateId><UpdateId>"
        + UPDATE_ID
        + "</UpdateId><RevisionNumber>201</RevisionNumber></updateId>"
        + "<deploymentAction>0</deploymentAction><targetGroupId>"
        + groupId
        + "</targetGroupId><deadline>9999-12-31T23:59:59.9999999</deadline>"
        + "<adminName>CORP\\wsusadmin</adminName><isAssigned>true</isAssigned>";
  }

  public static String setSubscription(String... classificationIds) {
    StringBuilder ids = new StringBuilder();
    for (String id : classificationIds) {
      ids.append("<guid>").append(id).append("</guid>");
    }
    return "<subscription><synchronizeAutomaticallyTimeOfDay>108000000000</synchronizeAutomaticallyTimeOfDay>"
        + "<LastModifiedBy>CORP\\wsusadmin</LastModifiedBy>"
        + "<LastModifiedTime>2025-07-09T08:00:00Z</LastModifiedTime>"
        + "<LastSynchronizationTime>2025-07-09T08:00:00Z</LastSynchronizationTime>"
        + "<SynchronizeAutomatically>true</SynchronizeAutomatically>"
        + "<NumberOfSynchronizationsPerDay>1</NumberOfSynchronizationsPerDay>"
        + "<IsCategoryOnly>false</IsCategoryOnly></subscription>"
        + "<updateClassificationIds>"
        + ids
        + "</updateClassificationIds><userName>CORP\\wsusadmin</userName>";
  }
}
