package io.jenkins.plugins.wsus.core.client;

import static io.jenkins.plugins.wsus.core.client.ApiRemotingRequests.MONITORABLE_NS;
import static io.jenkins.plugins.wsus.core.client.ApiRemotingRequests.SERVICE_NS;

import io.jenkins.plugins.wsus.core.model.PingResult;
import io.jenkins.plugins.wsus.core.model.ServerConfiguration;
import io.jenkins.plugins.wsus.core.model.Subscription;
import io.jenkins.plugins.wsus.core.model.SubscriptionCategory;
import io.jenkins.plugins.wsus.core.model.SyncEvent;
import io.jenkins.plugins.wsus.core.model.SyncEventKind;
import io.jenkins.plugins.wsus.core.model.SyncProgress;
import io.jenkins.plugins.wsus.core.model.SynchronizationStatus;
import io.jenkins.plugins.wsus.core.model.TargetGroup;
import io.jenkins.plugins.wsus.core.model.UpdateSummary;
import io.jenkins.plugins.wsus.core.model.UserRole;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * Turns each operation's response element into model values. Names and types come from the WSDL;
 * the meaning of untyped values is delegated to {@link ApiRemotingMappings}. Problems surface as
 * {@link MalformedResponse}.
 */
final class ApiRemotingResponses {

  private ApiRemotingResponses() {}

  static String serverVersion(Element response) {
    String version = Dom.text(response, SERVICE_NS, "GetServerVersionResult");
    if (version == null || version.isBlank()) {
      throw new MalformedResponse("GetServerVersionResult is missing or empty");
    }
    return version.trim();
  }

  static UserRole userRole(Element response) {
    return ApiRemotingMappings.userRole(
        XmlValues.parseInt(
            "GetCurrentUserRoleResult",
            Dom.requiredText(response, SERVICE_NS, "GetCurrentUserRoleResult")));
  }

  static SynchronizationStatus subscriptionState(Element response) {
    return ApiRemotingMappings.subscriptionState(
        XmlValues.parseInt(
            "GetSubscriptionStateResult",
            Dom.requiredText(response, SERVICE_NS, "GetSubscriptionStateResult")));
  }

  static SyncProgress syncProgress(Element response) {
    return ApiRemotingMappings.syncProgress(
        GenericRows.rows(
            Dom.child(response, SERVICE_NS, "GetServerSyncProgressResult"), SERVICE_NS));
  }

  static PingResult ping(Element response) {
    Element result = Dom.required(response, MONITORABLE_NS, "PingResult");
    String time = Dom.text(result, MONITORABLE_NS, "ServicesTime");
    String https = Dom.text(result, MONITORABLE_NS, "IsHttps");
    return new PingResult(
        XmlValues.parseBoolean(
            "SuccessFlag", Dom.requiredText(result, MONITORABLE_NS, "SuccessFlag")),
        time == null ? null : XmlValues.parseDateTime("ServicesTime", time),
        Dom.text(result, MONITORABLE_NS, "ServicesName"),
        Dom.text(result, MONITORABLE_NS, "ServicesMachine"),
        https != null && XmlValues.parseBoolean("IsHttps", https));
  }

  static Subscription subscription(Element response) {
    Element row = Dom.required(response, SERVICE_NS, "GetSubscriptionResult");
    return new Subscription(
        XmlValues.parseLong(
            "synchronizeAutomaticallyTimeOfDay",
            Dom.requiredText(row, SERVICE_NS, "synchronizeAutomaticallyTimeOfDay")),
        Dom.text(row, SERVICE_NS, "LastModifiedBy"),
        dateTime(row, "LastModifiedTime"),
        dateTime(row, "LastSynchronizationTime"),
        bool(row, "SynchronizeAutomatically"),
        Dom.text(row, SERVICE_NS, "Anchor"),
        Dom.text(row, SERVICE_NS, "DeploymentAnchor"),
        XmlValues.parseInt(
            "NumberOfSynchronizationsPerDay",
            Dom.requiredText(row, SERVICE_NS, "NumberOfSynchronizationsPerDay")),
        bool(row, "IsCategoryOnly"));
  }

  /** Synchronization events, oldest first (rows of other event ids are dropped). */
  static List<SyncEvent> syncEvents(Element response) {
    List<SyncEvent> events = new ArrayList<>();
    Element result = Dom.child(response, SERVICE_NS, "ExecuteSPSearchEventHistoryResult");
    if (result == null) {
      return events;
    }
    for (Element row : Dom.children(result, SERVICE_NS, "EventHistoryTableRow")) {
      if (Dom.isNil(row)) {
        continue;
      }
      int eventId = XmlValues.parseInt("EventId", Dom.requiredText(row, SERVICE_NS, "EventId"));
      SyncEventKind kind = ApiRemotingMappings.eventKind(eventId);
      if (kind == SyncEventKind.OTHER) {
        continue;
      }
      List<String> misc = Dom.strings(Dom.child(row, SERVICE_NS, "MiscData"), SERVICE_NS);
      List<String> replacements =
          Dom.strings(Dom.child(row, SERVICE_NS, "ReplacementStrings"), SERVICE_NS);
      events.add(
          new SyncEvent(
              XmlValues.parseGuid(
                  "EventInstanceId", Dom.requiredText(row, SERVICE_NS, "EventInstanceId")),
              eventId,
              kind,
              dateTime(row, "TimeAtServer"),
              ApiRemotingMappings.eventResult(kind),
              ApiRemotingMappings.eventError(kind, misc),
              ApiRemotingMappings.eventErrorText(kind, replacements),
              XmlValues.parseInt(
                  "Win32HResult", Dom.requiredText(row, SERVICE_NS, "Win32HResult"))));
    }
    events.sort(Comparator.comparing(SyncEvent::timeAtServer));
    return events;
  }

  static List<SubscriptionCategory> categories(Element response) {
    List<SubscriptionCategory> out = new ArrayList<>();
    for (GenericRow row :
        GenericRows.rows(
            Dom.child(response, SERVICE_NS, "GetSubscriptionCategoriesResult"), SERVICE_NS)) {
      out.add(ApiRemotingMappings.category(row));
    }
    return out;
  }

  static List<TargetGroup> targetGroups(Element response) {
    List<TargetGroup> out = new ArrayList<>();
    for (GenericRow row :
        GenericRows.rows(
            Dom.child(response, SERVICE_NS, "ExecuteSPGetAllTargetGroupsResult"), SERVICE_NS)) {
      out.add(ApiRemotingMappings.targetGroup(row));
    }
    return out;
  }

  static ServerConfiguration configuration(Element response) {
    Element all = Dom.required(response, SERVICE_NS, "ExecuteSPGetConfigurationResult");
    Element row = Dom.required(all, SERVICE_NS, "Configuration");
    Map<String, String> raw = new LinkedHashMap<>();
    for (Element field : Dom.children(row)) {
      // Names are case-sensitive keys: detectConfigChange and DetectConfigChange both stay.
      raw.putIfAbsent(field.getLocalName(), Dom.isNil(field) ? null : field.getTextContent());
    }
    return new ServerConfiguration(
        bool(row, "SyncToMU"),
        Dom.text(row, SERVICE_NS, "UpstreamServerName"),
        integer(row, "ServerPortNumber"),
        bool(row, "UpstreamServerUseSsl"),
        bool(row, "ReplicaMode"),
        bool(row, "UseProxy"),
        Dom.text(row, SERVICE_NS, "ProxyName"),
        integer(row, "ProxyServerPort"),
        Dom.text(row, SERVICE_NS, "MUUrl"),
        integer(row, "SubscriptionFailureNumberOfRetries"),
        XmlValues.parseLong(
            "subscriptionFailureWaitBetweenRetriesTime",
            Dom.requiredText(row, SERVICE_NS, "subscriptionFailureWaitBetweenRetriesTime")),
        raw);
  }

  static Optional<UpdateSummary> updateSummary(Element response) {
    Element result = Dom.child(response, SERVICE_NS, "ExecuteSPGetUpdateByIdResult");
    if (result == null || Dom.isNil(result)) {
      return Optional.empty();
    }
    return ApiRemotingMappings.updateSummary(
        GenericRows.rows(Dom.child(result, SERVICE_NS, "minimalProperties"), SERVICE_NS));
  }

  private static Instant dateTime(Element row, String name) {
    return XmlValues.parseDateTime(name, Dom.requiredText(row, SERVICE_NS, name));
  }

  private static boolean bool(Element row, String name) {
    return XmlValues.parseBoolean(name, Dom.requiredText(row, SERVICE_NS, name));
  }

  private static int integer(Element row, String name) {
    return XmlValues.parseInt(name, Dom.requiredText(row, SERVICE_NS, name));
  }
}
