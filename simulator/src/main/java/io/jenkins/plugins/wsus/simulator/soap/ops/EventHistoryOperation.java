package io.jenkins.plugins.wsus.simulator.soap.ops;

import static io.jenkins.plugins.wsus.simulator.soap.ops.Operation.Access.READ;

import io.jenkins.plugins.wsus.simulator.model.EventQuery;
import io.jenkins.plugins.wsus.simulator.model.SyncEvent;
import io.jenkins.plugins.wsus.simulator.soap.WireLayout;
import io.jenkins.plugins.wsus.simulator.soap.XmlWriter;
import io.jenkins.plugins.wsus.simulator.soap.xml.RequestFormatException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * ExecuteSPSearchEventHistory. The filter's time bounds come in two pairs whose names differ only
 * in case (OPERATIONS.md); the simulator intersects every bound that is not DateTime.MinValue.
 */
final class EventHistoryOperation {

  private static final UUID EMPTY = new UUID(0, 0);

  private EventHistoryOperation() {}

  static Operation operation() {
    return new Operation(
        "ExecuteSPSearchEventHistory", WireLayout.NS, READ, EventHistoryOperation::search);
  }

  private static Consumer<XmlWriter> search(Args req, CallContext ctx)
      throws RequestFormatException {
    EventQuery query = EventQuery.all();
    Optional<Args> filter = req.optionalChild("eventHistoryFilter");
    if (filter.isPresent()) {
      query = toQuery(filter.get());
    }
    List<SyncEvent> events = ctx.model().searchEvents(query);
    return w -> {
      w.start("ExecuteSPSearchEventHistoryResult");
      for (SyncEvent e : events) {
        w.start("EventHistoryTableRow")
            .element("EventInstanceId", e.instanceId())
            .element("EventId", e.eventId())
            .element("NamespaceId", e.namespaceId())
            .element("SourceId", e.sourceId())
            .element("TimeAtTarget", e.time())
            .element("TimeAtServer", e.time())
            .element("StateId", 0)
            .element("SeverityId", e.severityId())
            .element("Win32HResult", e.win32HResult())
            .element("MessageTemplate", e.messageTemplate())
            .element("ComputerId", "")
            .element("AppName", "WSUS Server")
            .stringArray("MiscData", e.miscData())
            .stringArray("ReplacementStrings", e.replacementStrings())
            .element("UpdateId", EMPTY)
            .element("RevisionNumber", 0)
            .element("DeviceId", (String) null)
            .end();
      }
      w.end();
    };
  }

  private static EventQuery toQuery(Args f) throws RequestFormatException {
    Instant from =
        latest(f, "fromTimeAtTarget", "FromTimeAtTarget", "fromTimeAtServer", "FromTimeAtServer");
    Instant to =
        earliest(f, "toTimeAtTarget", "ToTimeAtTarget", "toTimeAtServer", "ToTimeAtServer");
    Set<EventQuery.EventKey> ids = new HashSet<>();
    for (Args item : f.items("eventIdFilter", "EventIdFilter")) {
      ids.add(
          new EventQuery.EventKey(item.requiredInt("NamespaceId"), item.requiredShort("EventId")));
    }
    Set<Integer> severities = new HashSet<>();
    for (var e :
        f.element().child("eventSeverityFilter").stream()
            .flatMap(a -> a.childrenNamed("int").stream())
            .toList()) {
      try {
        severities.add(Integer.parseInt(e.text().trim()));
      } catch (NumberFormatException ex) {
        throw RequestFormatException.at(e, "Input string was not in a correct format.");
      }
    }
    List<UUID> instances = f.guidArray("eventInstanceIdFilter");
    return new EventQuery(
        from, to, ids, severities, instances == null ? Set.of() : new HashSet<>(instances));
  }

  /** The latest of the given lower bounds, ignoring MinValue; fields are required by the WSDL. */
  private static Instant latest(Args f, String... names) throws RequestFormatException {
    Instant result = null;
    for (String n : names) {
      Instant t = optionalBound(f, n);
      if (t != null && (result == null || t.isAfter(result))) {
        result = t;
      }
    }
    return result;
  }

  private static Instant earliest(Args f, String... names) throws RequestFormatException {
    Instant result = null;
    for (String n : names) {
      Instant t = optionalBound(f, n);
      if (t != null && (result == null || t.isBefore(result))) {
        result = t;
      }
    }
    return result;
  }

  /** A bound; .NET's DateTime.MaxValue (year 9999) means "no upper bound". */
  private static Instant optionalBound(Args f, String name) throws RequestFormatException {
    Instant t = f.requiredDateTime(name);
    if (t != null && t.isAfter(Instant.parse("9000-01-01T00:00:00Z"))) {
      return null;
    }
    return t;
  }
}
