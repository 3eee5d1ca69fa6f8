package io.jenkins.plugins.wsus.simulator.soap;

/**
 * Every assumption the simulator makes about what travels on the wire, in one place. Facts cite
 * {@code shared/reference/wsus-facts.md} (§ numbers) or the WSDL; items marked UNCONFIRMED come
 * from third-party clients or are the simulator's own choice, and must not be copied as truths.
 */
public final class WireLayout {

  private WireLayout() {}

  // ---- Namespaces and actions (wsus-facts.md §1, OPERATIONS.md) ----

  /** Target namespace of every operation but Ping. */
  public static final String NS =
      "http://www.microsoft.com/SoftwareDistribution/Server/ApiRemotingWebService";

  /** Namespace of Ping (the IMonitorable trap, OPERATIONS.md "Notable facts"). */
  public static final String NS_MONITORABLE =
      "http://www.microsoft.com/SoftwareDistribution/Server/IMonitorable";

  /** Namespace of the {@code guid} simple type (WSDL line 2648). */
  public static final String NS_TYPES = "http://microsoft.com/wsdl/types/";

  public static final String SOAP11_ENV = "http://schemas.xmlsoap.org/soap/envelope/";
  public static final String SOAP12_ENV = "http://www.w3.org/2003/05/soap-envelope";
  public static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
  public static final String XSD = "http://www.w3.org/2001/XMLSchema";

  /** SOAP 1.1 content type (wsus-facts.md §1). */
  public static final String SOAP11_CONTENT_TYPE = "text/xml; charset=utf-8";

  /** SOAP 1.2 content type (OPERATIONS.md: the action travels as a content-type parameter). */
  public static final String SOAP12_CONTENT_TYPE = "application/soap+xml; charset=utf-8";

  /** SOAPAction of operation {@code op} in namespace {@code ns}: {@code ns + "/" + op}. */
  public static String soapAction(String ns, String op) {
    return ns + "/" + op;
  }

  // ---- Enumerations sent as int ----

  /** GetSubscriptionState: SynchronizationStatus NotProcessing 0, Running 1, Stopping 2 (§1). */
  public static final int STATUS_NOT_PROCESSING = 0;

  public static final int STATUS_RUNNING = 1;
  public static final int STATUS_STOPPING = 2;

  /** GetCurrentUserRole: 0 none / 1 reporter / 2 administrator (§1, UNCONFIRMED). */
  public static final int ROLE_NONE = 0;

  public static final int ROLE_REPORTER = 1;
  public static final int ROLE_ADMINISTRATOR = 2;

  /**
   * SynchronizationPhase: NotProcessing 0, Updates 1, Approvals 2 (§1). The simulator reports its
   * category step as Updates, since the value of the newer Categories phase is unknown.
   */
  public static final int PHASE_NOT_PROCESSING = 0;

  public static final int PHASE_UPDATES = 1;
  public static final int PHASE_APPROVALS = 2;

  // ---- GetServerSyncProgress row (§1: layout [phase, total, processed], UNCONFIRMED) ----
  // One row, all xsd:int. When no sync runs the simulator answers [0, 0, 0] (UNCONFIRMED).

  /** Column of the phase (int) in the progress row. */
  public static final int PROGRESS_COL_PHASE = 0;

  /** Column of the total item count (int). */
  public static final int PROGRESS_COL_TOTAL = 1;

  /** Column of the processed item count (int). */
  public static final int PROGRESS_COL_PROCESSED = 2;

  // ---- Event history (§1) ----

  /** Sync events live in event namespace 2 (§1). */
  public static final int EVENT_NAMESPACE_SYNC = 2;

  /** Scheduled sync started (documented). */
  public static final short EVENT_SCHEDULED_SYNC_STARTED = 381;

  /** Manual sync started (documented). */
  public static final short EVENT_MANUAL_SYNC_STARTED = 382;

  /** Sync succeeded (documented). */
  public static final short EVENT_SYNC_SUCCEEDED = 384;

  /** Sync canceled (third-party, UNCONFIRMED). */
  public static final short EVENT_SYNC_CANCELED = 385;

  /** Sync failed (third-party, UNCONFIRMED). */
  public static final short EVENT_SYNC_FAILED = 386;

  /** SourceId of the synchronization agent in event rows (simulator choice, UNCONFIRMED). */
  public static final short EVENT_SOURCE_SYNC = 1;

  /** SeverityId: 1 informational, 3 error (simulator choice, UNCONFIRMED). */
  public static final int SEVERITY_INFO = 1;

  public static final int SEVERITY_ERROR = 3;

  /** Log line of event 382 (§1). */
  public static final String MESSAGE_MANUAL_STARTED = "A manual synchronization was started.";

  /** Log line of event 381 (simulator wording, UNCONFIRMED). */
  public static final String MESSAGE_SCHEDULED_STARTED = "A scheduled synchronization was started.";

  /** Log line of event 384 (§1). */
  public static final String MESSAGE_SUCCEEDED = "Synchronization completed successfully.";

  /** Message template of event 386; the error text is ReplacementStrings[0] (UNCONFIRMED). */
  public static final String MESSAGE_FAILED = "Synchronization failed. Reason: {0}.";

  /** Message template of event 385 (UNCONFIRMED). */
  public static final String MESSAGE_CANCELED = "Synchronization was canceled by the user.";

  /**
   * Where a failed sync's details go (UNCONFIRMED; §1 says rows carry the error text in
   * ReplacementStrings): ReplacementStrings[0] is the error text; MiscData holds {@code
   * "SynchronizationError=<name>"} and {@code "SynchronizationErrorCode=<int>"} so a client can
   * classify without parsing prose.
   */
  public static final int REPLACEMENT_ERROR_TEXT = 0;

  public static final String MISC_ERROR_NAME = "SynchronizationError=";
  public static final String MISC_ERROR_CODE = "SynchronizationErrorCode=";

  /** Win32HResult of a failed sync: COR_E_WEBEXCEPTION-like 0x80131509 (UNCONFIRMED). */
  public static final int HRESULT_SYNC_FAILED = 0x80131509;

  // ---- Sync error texts (§1 "Error texts seen in real sync failures") ----

  public static final String TEXT_UNREACHABLE =
      "System.Net.WebException: Unable to connect to the remote server --->"
          + " System.Net.Sockets.SocketException: A connection attempt failed because the connected"
          + " party did not properly respond after a period of time, or established connection"
          + " failed because connected host has failed to respond";

  public static final String TEXT_REFUSED =
      "System.Net.WebException: Unable to connect to the remote server --->"
          + " System.Net.Sockets.SocketException: No connection could be made because the target"
          + " machine actively refused it";

  public static final String TEXT_TIMED_OUT =
      "System.Net.WebException: The operation has timed out";

  public static final String TEXT_RECEIVE_CLOSED =
      "System.Net.WebException: The underlying connection was closed: An unexpected error"
          + " occurred on a receive.";

  public static final String TEXT_TLS_MISMATCH =
      "System.Net.WebException: The underlying connection was closed: An unexpected error"
          + " occurred on a send. ---> System.ComponentModel.Win32Exception: The client and server"
          + " cannot communicate, because they do not possess a common algorithm";

  /** ImportUpdateError for a bad revision: per-update error MetadataInvalid plus the SOAP text. */
  public static String textBadRevision(String classificationTitle, String updateId) {
    return "ImportUpdateError: update "
        + updateId
        + " in classification '"
        + classificationTitle
        + "' could not be imported (MetadataInvalid). ---> System.Web.Services.Protocols"
        + ".SoapException: Fault occurred. Method = \"http://www.microsoft.com/SoftwareDistribution"
        + "/GetUpdateData\" ErrorCode=InternalServerError";
  }

  /** LocalDbTooBusy (simulator wording: a SQL timeout, UNCONFIRMED). */
  public static final String TEXT_LOCAL_DB_BUSY =
      "System.Data.SqlClient.SqlException (0x80131904): Execution Timeout Expired. The timeout"
          + " period elapsed prior to completion of the operation or the server is not responding.";

  // ---- Faults (§1: ASP.NET SOAP faults) ----

  /** Prefix of every server-side failure's faultstring (§1). */
  public static final String FAULT_PROCESS_PREFIX = "Server was unable to process request. ---> ";

  /**
   * Prefix of a request that could not be deserialized (ASP.NET, faultcode soap:Client). The
   * simulator is deliberately stricter than XmlSerializer, which silently defaults missing elements
   * and skips unknown ones: a missing required element or (with the WSDL) any schema violation is a
   * read error here, so client bugs surface in tests instead of on a real server.
   */
  public static final String FAULT_READ_PREFIX = "Server was unable to read request. ---> ";

  /** Unknown SOAPAction (ASP.NET, faultcode soap:Client). */
  public static String faultUnknownAction(String action) {
    return "Server did not recognize the value of HTTP Header SOAPAction: " + action + ".";
  }

  /**
   * Inner message when a sync is started while one runs (§1 says it fails; wording UNCONFIRMED).
   */
  public static final String INNER_SYNC_ALREADY_RUNNING =
      "System.InvalidOperationException: A synchronization is already in progress.";

  /** Inner message when a replica is asked to change its subscription (§1; wording UNCONFIRMED). */
  public static final String INNER_REPLICA_REFUSED =
      "System.InvalidOperationException: This operation is not allowed on a replica server.";

  /** Inner message of an import whose id the catalog does not know (wording UNCONFIRMED). */
  public static String innerCatalogUnknown(String id) {
    return "System.ArgumentException: The update "
        + id
        + " was not found on the Microsoft Update Catalog.";
  }

  /** Inner message of an unknown update id (wording UNCONFIRMED). */
  public static String innerUnknownUpdate(String id) {
    return "Microsoft.UpdateServices.Administration.WsusObjectNotFoundException: The update "
        + id
        + " was not found.";
  }

  /** Inner message of an unknown target group (wording UNCONFIRMED). */
  public static String innerUnknownTargetGroup(String id) {
    return "Microsoft.UpdateServices.Administration.WsusObjectNotFoundException: The target group "
        + id
        + " was not found.";
  }

  /** Inner message of an unknown category id in SetSubscription (wording UNCONFIRMED). */
  public static String innerUnknownCategory(String id) {
    return "System.ArgumentException: The category " + id + " does not exist on this server.";
  }

  // ---- Generic row layouts (all UNCONFIRMED: the simulator's own, stable choice) ----

  /**
   * GetSubscriptionCategories row: [0] category id (guid), [1] category type (string:
   * "UpdateClassification", "Product", "ProductFamily" or "Company"), [2] title (string), [3]
   * parent id (guid or nil). {@code retrieveUpdateClassifications=true} lists classifications,
   * false lists products.
   */
  public static final int CATEGORY_COL_ID = 0;

  public static final int CATEGORY_COL_TYPE = 1;
  public static final int CATEGORY_COL_TITLE = 2;
  public static final int CATEGORY_COL_PARENT = 3;

  /**
   * ExecuteSPGetAllTargetGroups row: [0] id (guid), [1] name (string), [2] description (string),
   * [3] parent id (guid or nil), [4] order (int).
   */
  public static final int GROUP_COL_ID = 0;

  public static final int GROUP_COL_NAME = 1;
  public static final int GROUP_COL_DESCRIPTION = 2;
  public static final int GROUP_COL_PARENT = 3;
  public static final int GROUP_COL_ORDER = 4;

  /**
   * ExecuteSPDeployUpdate1 result row: [0] deployment id (guid), [1] update id (guid), [2] revision
   * (int), [3] target group id (guid), [4] action (int), [5] deadline (dateTime or nil), [6] admin
   * name (string).
   */
  public static final int DEPLOY_COL_ID = 0;

  /**
   * Deployment actions (managed API UpdateApprovalAction; values UNCONFIRMED): Install 0, Uninstall
   * 1, NotApproved 3.
   */
  public static final int ACTION_INSTALL = 0;

  public static final int ACTION_UNINSTALL = 1;
  public static final int ACTION_NOT_APPROVED = 3;

  /**
   * ExecuteSPGetUpdateById minimalProperties row: [0] update id (guid), [1] revision (int), [2]
   * title (string), [3] classification id (guid), [4] classification title (string), [5] KB
   * (string), [6] declined (boolean), [7] arrival date (dateTime), [8] origin (string: "Sync" or
   * "Catalog"). kbArticles rows: [0] update id, [1] revision, [2] KB number (string, no "KB").
   * localizedCategoryTitleRows: [0] category id, [1] title.
   */
  public static final int UPDATE_COL_ID = 0;

  public static final int UPDATE_COL_REVISION = 1;
  public static final int UPDATE_COL_TITLE = 2;
  public static final int UPDATE_COL_CLASSIFICATION_ID = 3;
  public static final int UPDATE_COL_CLASSIFICATION_TITLE = 4;
  public static final int UPDATE_COL_KB = 5;
  public static final int UPDATE_COL_DECLINED = 6;

  /** .NET's DateTime.MinValue, which clients send for "no bound" in filters. */
  public static final String DATETIME_MIN = "0001-01-01T00:00:00";
}
