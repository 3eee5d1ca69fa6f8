package io.jenkins.plugins.wsus.simulator.soap.ops;

import static io.jenkins.plugins.wsus.simulator.soap.ops.Operation.Access.WRITE;

import io.jenkins.plugins.wsus.simulator.model.ServerConfiguration;
import io.jenkins.plugins.wsus.simulator.soap.WireLayout;
import io.jenkins.plugins.wsus.simulator.soap.XmlWriter;
import io.jenkins.plugins.wsus.simulator.soap.xml.RequestFormatException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * ExecuteSPSetConfiguration: takes the modelled fields from the sent row (the client must send the
 * whole row back, wsus-facts.md §1; the WSDL schema enforces that when available). The list
 * arguments (languages, program keys) are accepted and ignored.
 */
final class SetConfigurationOperation {

  private SetConfigurationOperation() {}

  static Operation operation() {
    return new Operation(
        "ExecuteSPSetConfiguration", WireLayout.NS, WRITE, SetConfigurationOperation::set);
  }

  private static Consumer<XmlWriter> set(Args req, CallContext ctx) throws RequestFormatException {
    Optional<Args> row = req.optionalChild("row");
    if (row.isPresent()) {
      Args r = row.get();
      ServerConfiguration c =
          new ServerConfiguration(
              r.requiredGuid("ServerId"),
              r.requiredBoolean("SyncToMU"),
              r.optionalString("UpstreamServerName").orElse(""),
              r.requiredInt("ServerPortNumber"),
              r.requiredBoolean("UpstreamServerUseSsl"),
              r.requiredBoolean("ReplicaMode"),
              r.requiredBoolean("UseProxy"),
              r.optionalString("ProxyName").orElse(""),
              r.requiredInt("ProxyServerPort"),
              r.optionalString("MUUrl").orElse(""),
              r.requiredInt("SubscriptionFailureNumberOfRetries"),
              r.requiredLong("subscriptionFailureWaitBetweenRetriesTime"));
      ctx.model().setConfiguration(c);
    }
    return Operation.empty();
  }
}
