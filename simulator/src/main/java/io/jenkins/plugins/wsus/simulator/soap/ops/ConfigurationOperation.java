package io.jenkins.plugins.wsus.simulator.soap.ops;

import static io.jenkins.plugins.wsus.simulator.soap.ops.Operation.Access.READ;

import io.jenkins.plugins.wsus.simulator.model.ServerConfiguration;
import io.jenkins.plugins.wsus.simulator.soap.WireLayout;
import io.jenkins.plugins.wsus.simulator.soap.XmlWriter;
import java.time.Instant;
import java.util.UUID;

/**
 * ExecuteSPGetConfiguration: the whole ConfigurationTableRow, every child in WSDL order (the row
 * must round-trip, wsus-facts.md §1). Modeled fields come from {@link ServerConfiguration}; the
 * rest are fixed values of a fresh install (UNCONFIRMED defaults).
 */
final class ConfigurationOperation {

  private static final UUID ROLLUP_RESET = UUID.fromString("00000000-0000-0000-0000-000000000000");

  private ConfigurationOperation() {}

  static Operation operation() {
    return new Operation(
        "ExecuteSPGetConfiguration",
        WireLayout.NS,
        READ,
        (req, ctx) -> {
          ServerConfiguration c = ctx.model().configuration();
          Instant now = Instant.now();
          return w -> {
            w.start("ExecuteSPGetConfigurationResult").start("Configuration");
            row(w, c, now);
            w.end();
            w.start("GroupAuthorization").end();
            w.start("Authorization").end();
            w.end();
          };
        });
  }

  private static void row(XmlWriter w, ServerConfiguration c, Instant now) {
    w.element("maxDeltaSyncPeriod", 30)
        .element("anonymousCookieExpirationTime", 36000000000L)
        .element("simpleTargetingCookieExpirationTime", 36000000000L)
        .element("maximumServerCookieExpirationTime", 864000000000L)
        .element("dssTargetingCookieExpirationTime", 36000000000L)
        .element(
            "subscriptionFailureWaitBetweenRetriesTime",
            c.subscriptionFailureWaitBetweenRetriesTime())
        .element("dispatchManagerPollingInterval", 300000000L)
        .element("stateMachineTransitionErrorCaptureLength", 0L)
        .element("eventLogFloodProtectTime", 6000000000L)
        .element("autoPurgeClientEventAgeThreshold", 30)
        .element("autoPurgeServerEventAgeThreshold", 30)
        .element("bitsHealthScanningInterval", 3000000000L)
        .element("autoPurgeDetectionPeriod", 0)
        .element("revisionDeletionTimeThreshold", 0)
        .element("computerDeletionTimeThreshold", 0)
        .element("configurationChangeNumber", 0L)
        .element("detectConfigChange", false)
        .element("LastConfigChange", now)
        .element("DssAnonymousTargeting", false)
        .element("IsRegistrationRequired", false)
        .element("ReportingServiceUrl", (String) null)
        .element("ServerId", c.serverId())
        .element("ServerTargeting", false)
        .element("SyncToMU", c.syncToMU())
        .element("UpstreamServerName", c.upstreamServerName())
        .element("RedirectorChangeNumber", 0L)
        .element("MaxCoreUpdatesPerRequest", 50)
        .element("MaxExtendedUpdatesPerRequest", 50)
        .element("MaxUpdatesPerRequestInGetUpdateDecryptionData", 100)
        .element("DownloadRegulationUrl", (String) null)
        .element("DownloadRegulationWebServiceUrl", (String) null)
        .element("LoadOdfLocally", false)
        .element("OdfFilePath", (String) null)
        .element("DoServerSyncCompression", true)
        .element("MaxNumberOfIdsToRequestDataFromUss", 2000)
        .element("WsusInstallType", 1)
        .element("ServerString", "WSUS01")
        .element("AutoDeployMandatory", false)
        .element("UseClientIPHttpHeader", false)
        .element("ClientIPHttpHeader", (String) null)
        .element("OobeInitialized", true)
        .element("MUUrl", c.muUrl())
        .element("ServerPortNumber", c.serverPortNumber())
        .element("UpstreamServerUseSsl", c.upstreamServerUseSsl())
        .element("UseProxy", c.useProxy())
        .element("ProxyName", c.proxyName())
        .element("ProxyServerPort", c.proxyServerPort())
        .element("UseSeparateProxyForSsl", false)
        .element("SslProxyName", (String) null)
        .element("SslProxyServerPort", 0)
        .element("AnonymousProxyAccess", false)
        .element("ProxyUserName", (String) null)
        .element("ProxyUserDomain", (String) null)
        .element("AllowProxyCredentialsOverNonSsl", false)
        .element("ServerSupportsAllLanguages", false)
        .element("ServerSupportsAllAvailableLanguages", false)
        .element("HostOnMu", false)
        .element("LocalContentCacheLocation", "D:\\WSUS\\WsusContent")
        .element("LazySync", false)
        .element("DownloadExpressPackages", false)
        .element("ImportLocalPath", (String) null)
        .element("AutoRefreshDeployments", true)
        .element("AutoRefreshDeploymentsDeclineExpired", false)
        .element("StateMachineTransitionLoggingEnabled", false)
        .element("MaxSimultaneousFileDownloads", 4)
        .element("BitsDownloadPriorityForeground", false)
        .element("SubscriptionFailureNumberOfRetries", c.subscriptionFailureNumberOfRetries())
        .element("StatsDotNetWebServiceUri", "https://statsfe2.update.microsoft.com/")
        .element("StatsDotNetMaximumBatchSize", 100)
        .element("QueueFlushTimeInMS", 10000)
        .element("QueueFlushCount", 500)
        .element("QueueRejectCount", 10000)
        .element("DispatchMaximumSimultaneousHandlerCalls", 16)
        .element("SleepTimeAfterErrorInMS", 30000)
        .element("UseCookieValidation", true)
        .element("DoReportingDataValidation", false)
        .element("DoReportingSummarization", true)
        .element("ClientReportingLevel", 2)
        .element("CollectClientInventory", true)
        .element("DoDetailedRollup", false)
        .element("RollupResetGuid", ROLLUP_RESET)
        .element("MURollupOptin", false)
        .element("DssRollupChunkSize", 100)
        .element("TrackDynamicCategories", false)
        .element("DisableSyncPrinterCatalog", false)
        .element("DisableSyncDrivers", false)
        .element("DisableNonCriticalDrivers", false)
        .element("MaxXmlPerRequest", 5242880)
        .element("MaxXmlPerRequestInServerSync", 5242880)
        .element("DeploymentChangeDeferral", 10)
        .element("MaxTargetComputers", 500000)
        .element("MaxEventInstances", 500000)
        .element("MaxConcurrentDatabaseCalls", 16)
        .element("CategoryScanRequestTrackingReportingInterval", 0)
        .element("CategoryScanRequestTrackingMaxEntries", 0)
        .element("RevisionDeletionSizeThreshold", 0)
        .element("ReplicaMode", c.replicaMode())
        .element("UssSupportsAllLanguages", false)
        .element("GetContentFromMU", false)
        .element("LocalPublishingMaxCabSize", 0)
        .element("HmDetectIntervalInSeconds", 600)
        .element("HmRefreshIntervalInSeconds", 21600)
        .element("HmCoreDiskSpaceGreenMegabytes", 0)
        .element("HmCoreDiskSpaceRedMegabytes", 0)
        .element("HmCoreCatalogSyncIntervalInDays", 0)
        .element("HmClientsInstallUpdatesGreenPercent", 0)
        .element("HmClientsInstallUpdatesRedPercent", 0)
        .element("HmClientsInventoryGreenPercent", 0)
        .element("HmClientsInventoryRedPercent", 0)
        .element("HmClientsInventoryScanDiffInHours", 0)
        .element("HmClientsSilentGreenPercent", 0)
        .element("HmClientsSilentRedPercent", 0)
        .element("HmClientsSilentDays", 0)
        .element("HmClientsTooManyGreenPercent", 0)
        .element("HmClientsTooManyRedPercent", 0)
        .element("HmCoreFlags", 0L)
        .element("HmClientsFlags", 0L)
        .element("HmDatabaseFlags", 0L)
        .element("HmWebServicesFlags", 0L)
        .element("DetectConfigChange", false);
  }
}
