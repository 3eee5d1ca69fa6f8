package io.jenkins.plugins.wsus.core.client;

import io.jenkins.plugins.wsus.core.model.Subscription;
import io.jenkins.plugins.wsus.core.model.UpdateRevisionId;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Builds the SOAP 1.1 envelopes of the API Remoting operations exactly as the WSDL defines them:
 * element names, order and namespaces (every schema is {@code elementFormDefault="qualified"}, so
 * each child is in its wrapper's namespace). Tests validate every envelope built here against the
 * real WSDL's schema.
 */
final class ApiRemotingRequests {

  static final String SOAP_ENV = "http://schemas.xmlsoap.org/soap/envelope/";
  static final String SERVICE_NS =
      "http://www.microsoft.com/SoftwareDistribution/Server/ApiRemotingWebService";

  /** {@code Ping} lives in its own namespace (a trap of the WSDL). */
  static final String MONITORABLE_NS =
      "http://www.microsoft.com/SoftwareDistribution/Server/IMonitorable";

  /** Factories are not guaranteed thread-safe; one per thread avoids both locking and lookups. */
  private static final ThreadLocal<XMLOutputFactory> OUTPUT =
      ThreadLocal.withInitial(XMLOutputFactory::newFactory);

  private ApiRemotingRequests() {}

  static SoapRequest getServerVersion() {
    return empty("GetServerVersion");
  }

  static SoapRequest getCurrentUserRole() {
    return empty("GetCurrentUserRole");
  }

  static SoapRequest ping() {
    return build("Ping", MONITORABLE_NS, w -> w.leaf("pingLevel", ApiRemotingMappings.PING_LEVEL));
  }

  static SoapRequest startSubscriptionManually() {
    return empty("StartSubscriptionManually");
  }

  static SoapRequest startSubscriptionManuallyForCategoryOnly() {
    return empty("StartSubscriptionManuallyForCategoryOnly");
  }

  static SoapRequest stopSubscription() {
    return empty("StopSubscription");
  }

  static SoapRequest getSubscriptionState() {
    return empty("GetSubscriptionState");
  }

  static SoapRequest getServerSyncProgress() {
    return empty("GetServerSyncProgress");
  }

  static SoapRequest getSubscription() {
    return empty("GetSubscription");
  }

  static SoapRequest getConfiguration() {
    return empty("ExecuteSPGetConfiguration");
  }

  static SoapRequest getAllTargetGroups() {
    return empty("ExecuteSPGetAllTargetGroups");
  }

  /** {@code ExecuteSPSearchEventHistory} with a filter on the synchronization events. */
  static SoapRequest searchSyncEvents(Instant from, Instant to) {
    return service(
        "ExecuteSPSearchEventHistory",
        w -> {
          w.start("eventHistoryFilter");
          w.start("eventIdFilter");
          for (int eventId : ApiRemotingMappings.SYNC_EVENT_IDS) {
            w.start("EventIdFilter");
            w.leaf("NamespaceId", ApiRemotingMappings.SYNC_EVENT_NAMESPACE);
            w.leaf("EventId", eventId);
            w.end();
          }
          w.end();
          ApiRemotingMappings.EventTimeRange range = ApiRemotingMappings.eventTimeRange(from, to);
          // Names differing only in case are distinct elements; the schema requires all eight.
          w.leaf("fromTimeAtTarget", dateTime(range.fromAtTarget()));
          w.leaf("toTimeAtTarget", dateTime(range.toAtTarget()));
          w.leaf("fromTimeAtServer", dateTime(range.fromAtServer()));
          w.leaf("toTimeAtServer", dateTime(range.toAtServer()));
          w.leaf("FromTimeAtTarget", dateTime(range.fromAtTarget()));
          w.leaf("ToTimeAtTarget", dateTime(range.toAtTarget()));
          w.leaf("FromTimeAtServer", dateTime(range.fromAtServer()));
          w.leaf("ToTimeAtServer", dateTime(range.toAtServer()));
          w.end();
        });
  }

  static SoapRequest getSubscriptionCategories(boolean classifications) {
    return service(
        "GetSubscriptionCategories", w -> w.leaf("retrieveUpdateClassifications", classifications));
  }

  static SoapRequest setSubscription(
      Subscription s, List<UUID> categoryIds, List<UUID> classificationIds, String userName) {
    return service(
        "SetSubscription",
        w -> {
          w.start("subscription");
          w.leaf("synchronizeAutomaticallyTimeOfDay", s.synchronizeAutomaticallyTimeOfDay());
          w.optional("LastModifiedBy", s.lastModifiedBy());
          w.leaf("LastModifiedTime", dateTime(s.lastModifiedTime()));
          w.leaf("LastSynchronizationTime", dateTime(s.lastSynchronizationTime()));
          w.leaf("SynchronizeAutomatically", s.synchronizeAutomatically());
          w.optional("Anchor", s.anchor());
          w.optional("DeploymentAnchor", s.deploymentAnchor());
          w.leaf("NumberOfSynchronizationsPerDay", s.numberOfSynchronizationsPerDay());
          w.leaf("IsCategoryOnly", s.isCategoryOnly());
          w.end();
          w.guids("categoryIds", categoryIds);
          w.guids("updateClassificationIds", classificationIds);
          w.optional("userName", userName);
        });
  }

  static SoapRequest catalogSiteGetMetadataAndImport(UUID updateId, List<byte[]> digests) {
    return service(
        "CatalogSiteGetMetadataAndImport",
        w -> {
          w.leaf("updateId", updateId.toString());
          w.start("downloadedFileDigests");
          for (byte[] digest : digests) {
            w.leaf("base64Binary", Base64.getEncoder().encodeToString(digest));
          }
          w.end();
        });
  }

  static SoapRequest deployUpdate(
      UpdateRevisionId update,
      int deploymentAction,
      UUID targetGroupId,
      Instant deadline,
      String adminName,
      boolean isAssigned) {
    return service(
        "ExecuteSPDeployUpdate1",
        w -> {
          w.start("updateId");
          w.leaf("UpdateId", update.updateId().toString());
          w.leaf("RevisionNumber", update.revisionNumber());
          w.end();
          w.leaf("deploymentAction", deploymentAction);
          w.leaf("targetGroupId", targetGroupId.toString());
          w.leaf(
              "deadline", deadline == null ? ApiRemotingMappings.NO_DEADLINE : dateTime(deadline));
          w.optional("adminName", adminName);
          w.leaf("isAssigned", isAssigned);
        });
  }

  static SoapRequest declineUpdate(UUID updateId, String adminName, boolean failIfReplica) {
    return service(
        "ExecuteSPDeclineUpdate",
        w -> {
          w.leaf("updateId", updateId.toString());
          w.optional("adminName", adminName);
          w.leaf("failIfReplica", failIfReplica);
        });
  }

  static SoapRequest getUpdateById(UpdateRevisionId id) {
    return service(
        "ExecuteSPGetUpdateById",
        w -> {
          w.start("id");
          w.leaf("UpdateId", id.updateId().toString());
          w.leaf("RevisionNumber", id.revisionNumber());
          w.end();
        });
  }

  /** The SOAPAction URI of an operation in a namespace, as the WSDL's binding defines it. */
  static String soapAction(String namespace, String operation) {
    return namespace + "/" + operation;
  }

  /** xs:dateTime in UTC with a 'Z', which .NET reads as a UTC DateTime. */
  static String dateTime(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant);
  }

  // ---------------------------------------------------------------- writer plumbing

  @FunctionalInterface
  private interface Body {
    void write(Out out) throws XMLStreamException;
  }

  private static SoapRequest empty(String operation) {
    return service(operation, w -> {});
  }

  private static SoapRequest service(String operation, Body body) {
    return build(operation, SERVICE_NS, body);
  }

  private static SoapRequest build(String operation, String namespace, Body body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
    try {
      XMLStreamWriter w = OUTPUT.get().createXMLStreamWriter(bytes, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      w.writeStartElement("soap", "Envelope", SOAP_ENV);
      w.writeNamespace("soap", SOAP_ENV);
      w.writeStartElement("soap", "Body", SOAP_ENV);
      // A default namespace on the operation element puts every child in it ("qualified").
      w.writeStartElement("", operation, namespace);
      w.writeDefaultNamespace(namespace);
      body.write(new Out(w, namespace));
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the " + operation + " request", e);
    }
    return new SoapRequest(
        operation, namespace, soapAction(namespace, operation), bytes.toByteArray());
  }

  /** Writes child elements in the operation's namespace. */
  private static final class Out {
    private final XMLStreamWriter w;
    private final String namespace;

    Out(XMLStreamWriter w, String namespace) {
      this.w = w;
      this.namespace = namespace;
    }

    void start(String name) throws XMLStreamException {
      w.writeStartElement(namespace, name);
    }

    void end() throws XMLStreamException {
      w.writeEndElement();
    }

    void leaf(String name, Object value) throws XMLStreamException {
      start(name);
      w.writeCharacters(String.valueOf(value));
      end();
    }

    void optional(String name, String value) throws XMLStreamException {
      if (value != null) {
        leaf(name, value);
      }
    }

    void guids(String name, List<UUID> ids) throws XMLStreamException {
      start(name);
      for (UUID id : ids) {
        leaf("guid", id.toString());
      }
      end();
    }
  }
}
