package io.jenkins.plugins.wsus.core.client;

import static io.jenkins.plugins.wsus.core.client.Soap.any;
import static io.jenkins.plugins.wsus.core.client.Soap.guid;
import static io.jenkins.plugins.wsus.core.client.Soap.nil;
import static io.jenkins.plugins.wsus.core.client.Soap.response;
import static io.jenkins.plugins.wsus.core.client.Soap.row;

/** A plausible answer for every operation the client uses. */
final class CannedAnswers {

  static final String ROOT_GROUP = "a0a08746-4dbe-4a37-9adf-9e7652c0b421";
  static final String PILOT_GROUP = "b73ca6ed-5727-47f3-84de-015e03f6a88a";
  static final String UPDATES_CLASSIFICATION = "cd5ffd1e-e932-4e3a-bf74-18bf0b1bbd83";
  static final String EVENT_OK = "11111111-2222-3333-4444-555555555555";
  static final String EVENT_FAILED = "11111111-2222-3333-4444-666666666666";

  private CannedAnswers() {}

  static void installAll(LoopbackSoapServer server) {
    server
        .answer(
            "GetServerVersion",
            response(
                "GetServerVersion",
                "<GetServerVersionResult>10.0.20348.1</GetServerVersionResult>"))
        .answer(
            "GetCurrentUserRole",
            response(
                "GetCurrentUserRole", "<GetCurrentUserRoleResult>2</GetCurrentUserRoleResult>"))
        .answer(
            "Ping",
            "<PingResponse xmlns=\""
                + Soap.MON
                + "\"><PingResult><SuccessFlag>true</SuccessFlag>"
                + "<ServicesTime>2025-07-09T10:00:00.123Z</ServicesTime>"
                + "<ServicesName>ApiRemoting</ServicesName><ServicesMachine>WSUS01</ServicesMachine>"
                + "<IsHttps>false</IsHttps>"
                + "<ConfigFileLastModifiedTime>0001-01-01T00:00:00</ConfigFileLastModifiedTime>"
                + "<ConfigFileNextExpirationTime>0001-01-01T00:00:00</ConfigFileNextExpirationTime>"
                + "<ConfigFileExpirationModuloInMinutes>0</ConfigFileExpirationModuloInMinutes>"
                + "</PingResult></PingResponse>")
        .answer("StartSubscriptionManually", response("StartSubscriptionManually", ""))
        .answer(
            "StartSubscriptionManuallyForCategoryOnly",
            response("StartSubscriptionManuallyForCategoryOnly", ""))
        .answer("StopSubscription", response("StopSubscription", ""))
        .answer(
            "GetSubscriptionState",
            response(
                "GetSubscriptionState",
                "<GetSubscriptionStateResult>1</GetSubscriptionStateResult>"))
        .answer(
            "GetServerSyncProgress",
            response(
                "GetServerSyncProgress",
                "<GetServerSyncProgressResult>"
                    + row(any("int", 1), any("int", 5000), any("int", 1234))
                    + "</GetServerSyncProgressResult>"))
        .answer(
            "GetSubscription",
            response(
                "GetSubscription",
                "<GetSubscriptionResult>"
                    + "<synchronizeAutomaticallyTimeOfDay>36000000000</synchronizeAutomaticallyTimeOfDay>"
                    + "<LastModifiedBy>CORP\\admin</LastModifiedBy>"
                    + "<LastModifiedTime>2025-07-01T08:00:00.5Z</LastModifiedTime>"
                    + "<LastSynchronizationTime>2025-07-09T03:00:00</LastSynchronizationTime>"
                    + "<SynchronizeAutomatically>true</SynchronizeAutomatically>"
                    + "<Anchor>anchor-17</Anchor>"
                    + "<NumberOfSynchronizationsPerDay>2</NumberOfSynchronizationsPerDay>"
                    + "<IsCategoryOnly>false</IsCategoryOnly>"
                    + "</GetSubscriptionResult>"))
        .answer(
            "ExecuteSPSearchEventHistory",
            response(
                "ExecuteSPSearchEventHistory",
                "<ExecuteSPSearchEventHistoryResult>"
                    + eventRow(
                        EVENT_FAILED,
                        386,
                        "2025-07-09T10:30:00Z",
                        -2146233088,
                        "<MiscData><string>SynchronizationError=UssCommunicationError</string></MiscData>",
                        "<ReplacementStrings><string>WebException: The operation has timed out</string></ReplacementStrings>")
                    + eventRow(EVENT_OK, 384, "2025-07-08T10:30:00Z", 0, "", "")
                    + eventRow(
                        "11111111-2222-3333-4444-777777777777",
                        999,
                        "2025-07-08T10:31:00Z",
                        0,
                        "",
                        "")
                    + "</ExecuteSPSearchEventHistoryResult>"))
        .answer(
            "GetSubscriptionCategories",
            response(
                "GetSubscriptionCategories",
                "<GetSubscriptionCategoriesResult>"
                    + row(
                        guid(UPDATES_CLASSIFICATION),
                        any("string", "UpdateClassification"),
                        any("string", "Updates"),
                        nil())
                    + row(
                        guid("e6cf1350-c01b-414d-a61f-263d14d133b4"),
                        any("string", "UpdateClassification"),
                        any("string", "Critical Updates"),
                        nil())
                    + "</GetSubscriptionCategoriesResult>"))
        .answer("SetSubscription", response("SetSubscription", ""))
        .answer(
            "ExecuteSPGetConfiguration",
            response(
                "ExecuteSPGetConfiguration",
                "<ExecuteSPGetConfigurationResult><Configuration>"
                    + "<maxDeltaSyncPeriod>10</maxDeltaSyncPeriod>"
                    + "<subscriptionFailureWaitBetweenRetriesTime>9000000000</subscriptionFailureWaitBetweenRetriesTime>"
                    + "<SyncToMU>true</SyncToMU>"
                    + "<UpstreamServerName />"
                    + "<MUUrl>https://sws.update.microsoft.com</MUUrl>"
                    + "<ServerPortNumber>80</ServerPortNumber>"
                    + "<UpstreamServerUseSsl>false</UpstreamServerUseSsl>"
                    + "<UseProxy>true</UseProxy>"
                    + "<ProxyName>proxy.corp</ProxyName>"
                    + "<ProxyServerPort>3128</ProxyServerPort>"
                    + "<SubscriptionFailureNumberOfRetries>2</SubscriptionFailureNumberOfRetries>"
                    + "<ReplicaMode>false</ReplicaMode>"
                    + "<DetectConfigChange>true</DetectConfigChange>"
                    + "</Configuration></ExecuteSPGetConfigurationResult>"))
        .answer("CatalogSiteGetMetadataAndImport", response("CatalogSiteGetMetadataAndImport", ""))
        .answer(
            "ExecuteSPGetAllTargetGroups",
            response(
                "ExecuteSPGetAllTargetGroups",
                "<ExecuteSPGetAllTargetGroupsResult>"
                    + row(
                        guid(ROOT_GROUP),
                        any("string", "All Computers"),
                        any("string", ""),
                        nil(),
                        any("int", 0))
                    + row(
                        guid(PILOT_GROUP),
                        any("string", "Pilot"),
                        any("string", "ring 0"),
                        guid(ROOT_GROUP),
                        any("int", 1))
                    + "</ExecuteSPGetAllTargetGroupsResult>"))
        .answer(
            "ExecuteSPDeployUpdate1",
            response(
                "ExecuteSPDeployUpdate1",
                "<ExecuteSPDeployUpdate1Result><Values>"
                    + any("int", 0)
                    + "</Values></ExecuteSPDeployUpdate1Result>"))
        .answer("ExecuteSPDeclineUpdate", response("ExecuteSPDeclineUpdate", ""))
        .answer(
            "ExecuteSPGetUpdateById",
            response(
                "ExecuteSPGetUpdateById",
                "<ExecuteSPGetUpdateByIdResult><minimalProperties>"
                    + row(
                        guid(AllRequests.UPDATE),
                        any("int", 201),
                        any("string", "2025-07 Cumulative Update"),
                        guid(UPDATES_CLASSIFICATION),
                        any("string", "Security Updates"))
                    + "</minimalProperties></ExecuteSPGetUpdateByIdResult>"));
  }

  static String eventRow(
      String id, int eventId, String time, int hresult, String misc, String replacements) {
    return "<EventHistoryTableRow><EventInstanceId>"
        + id
        + "</EventInstanceId><EventId>"
        + eventId
        + "</EventId><NamespaceId>2</NamespaceId><SourceId>1</SourceId>"
        + "<TimeAtTarget>"
        + time
        + "</TimeAtTarget><TimeAtServer>"
        + time
        + "</TimeAtServer><StateId>0</StateId><SeverityId>1</SeverityId><Win32HResult>"
        + hresult
        + "</Win32HResult><MessageTemplate>m</MessageTemplate>"
        + misc
        + replacements
        + "<UpdateId>00000000-0000-0000-0000-000000000000</UpdateId><RevisionNumber>0</RevisionNumber>"
        + "</EventHistoryTableRow>";
  }
}
