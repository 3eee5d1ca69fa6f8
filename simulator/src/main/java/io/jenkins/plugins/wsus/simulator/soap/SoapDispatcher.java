package io.jenkins.plugins.wsus.simulator.soap;

import io.jenkins.plugins.wsus.simulator.SimAccount;
import io.jenkins.plugins.wsus.simulator.model.WsusModel;
import io.jenkins.plugins.wsus.simulator.model.WsusOperationException;
import io.jenkins.plugins.wsus.simulator.soap.ops.Args;
import io.jenkins.plugins.wsus.simulator.soap.ops.CallContext;
import io.jenkins.plugins.wsus.simulator.soap.ops.Operation;
import io.jenkins.plugins.wsus.simulator.soap.ops.Operations;
import io.jenkins.plugins.wsus.simulator.soap.xml.RequestFormatException;
import io.jenkins.plugins.wsus.simulator.soap.xml.RequestReader;
import io.jenkins.plugins.wsus.simulator.soap.xml.XmlElement;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.validation.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an authenticated SOAP request into an answer the way ASP.NET's SOAP server protocol does:
 * content type, then SOAPAction, then the envelope and the operation element (validated against the
 * WSDL's schemas when available), then the operation; every failure becomes the fault ASP.NET would
 * send.
 */
public final class SoapDispatcher {

  private static final Logger LOG = LoggerFactory.getLogger(SoapDispatcher.class);

  private final WsusModel model;
  private final Operations operations;
  private final Set<String> wsdlActions;
  private final RequestReader reader;

  /**
   * @param schema the WSDL's schema, when the WSDL is available
   * @param wsdlActions every SOAPAction the WSDL declares (empty without a WSDL)
   */
  public SoapDispatcher(
      WsusModel model, Operations operations, Optional<Schema> schema, Set<String> wsdlActions) {
    this.model = model;
    this.operations = operations;
    this.wsdlActions = Set.copyOf(wsdlActions);
    this.reader = new RequestReader(schema);
  }

  /** The operation a request's action selects, if the simulator implements it. */
  public Optional<Operation> operationFor(SoapRequest request) {
    return operations.byAction(request.action());
  }

  /** Answers {@code request} from {@code account}; {@code https} tells Ping how it was called. */
  public SoapResponse dispatch(SoapRequest request, SimAccount account, boolean https) {
    SoapVersion version = request.version();
    if (version == null) {
      return SoapResponse.of(
          500,
          "text/plain; charset=utf-8",
          "System.InvalidOperationException: Request format is invalid: "
              + (request.contentType() == null ? "" : request.contentType())
              + ".",
          null);
    }
    Optional<Operation> op = operations.byAction(request.action());
    if (op.isEmpty()) {
      String name = request.operationHint();
      boolean inWsdl = wsdlActions.contains(request.action());
      SoapFault fault =
          inWsdl
              ? SoapFault.server(
                  "System.NotImplementedException: The WSUS simulator does not implement "
                      + name
                      + ".")
              : new SoapFault(
                  SoapFault.Code.CLIENT, WireLayout.faultUnknownAction(request.action()));
      return fault(version, fault, null);
    }
    Operation operation = op.get();
    if (!allowed(operation, account)) {
      return SoapResponse.of(
          403,
          "text/html; charset=utf-8",
          "<html><head><title>403 - Forbidden: Access is denied.</title></head><body>"
              + "<h2>403 - Forbidden: Access is denied.</h2><h3>You do not have permission to"
              + " view this directory or page using the credentials that you supplied.</h3>"
              + "</body></html>",
          operation.name());
    }
    try {
      XmlElement envelope = reader.read(request.body(), operation.namespace(), operation.name());
      XmlElement element = operationElement(envelope, version, operation);
      Consumer<XmlWriter> content =
          operation
              .handler()
              .handle(
                  Args.of(element), new CallContext(model, account, https, request.contentType()));
      String body =
          SoapEnvelopes.response(version, operation.namespace(), operation.responseName(), content);
      return SoapResponse.of(200, version.contentType(), body, operation.name());
    } catch (RequestFormatException e) {
      return fault(version, SoapFault.unreadable(e.getMessage()), operation.name());
    } catch (SoapFault e) {
      return fault(version, e, operation.name());
    } catch (WsusOperationException e) {
      return fault(version, SoapFault.server(e.getMessage()), operation.name());
    } catch (RuntimeException e) {
      LOG.warn("Operation {} failed inside the simulator", operation.name(), e);
      return fault(
          version,
          SoapFault.server(e.getClass().getName() + ": " + e.getMessage()),
          operation.name());
    }
  }

  private static boolean allowed(Operation operation, SimAccount account) {
    return switch (account.role()) {
      case ADMINISTRATOR -> true;
      case REPORTER -> operation.access() == Operation.Access.READ;
      case NONE -> false;
    };
  }

  /** The Body's operation element, checked against the operation the SOAPAction chose. */
  private static XmlElement operationElement(
      XmlElement envelope, SoapVersion version, Operation operation)
      throws SoapFault, RequestFormatException {
    if (!envelope.localName().equals("Envelope")) {
      throw RequestFormatException.at(envelope, envelope.describe() + " was not expected.");
    }
    if (!envelope.namespace().equals(version.envelopeNamespace())) {
      throw new SoapFault(
          SoapFault.Code.VERSION_MISMATCH,
          "Possible SOAP version mismatch: Envelope namespace "
              + envelope.namespace()
              + " was unexpected. Expecting "
              + version.envelopeNamespace()
              + ".");
    }
    XmlElement body =
        envelope.children().stream()
            .filter(c -> c.localName().equals("Body") && c.namespace().equals(envelope.namespace()))
            .findFirst()
            .orElseThrow(
                () ->
                    RequestFormatException.at(envelope, "The SOAP envelope has no Body element."));
    if (body.children().isEmpty()) {
      throw RequestFormatException.at(
          body,
          "The element '"
              + operation.name()
              + "' in namespace '"
              + operation.namespace()
              + "' is missing from the SOAP Body.");
    }
    XmlElement element = body.children().get(0);
    if (!element.localName().equals(operation.name())
        || !element.namespace().equals(operation.namespace())) {
      throw RequestFormatException.at(element, element.describe() + " was not expected.");
    }
    return element;
  }

  private static SoapResponse fault(SoapVersion version, SoapFault fault, String operation) {
    return SoapResponse.of(
        500, version.contentType(), SoapEnvelopes.fault(version, fault), operation);
  }
}
