package io.jenkins.plugins.wsus.simulator.soap.ops;

import io.jenkins.plugins.wsus.simulator.soap.XmlWriter;
import io.jenkins.plugins.wsus.simulator.soap.xml.RequestFormatException;
import java.util.function.Consumer;

/**
 * One web service operation: its request element, whether it changes the server, and how it
 * answers.
 *
 * @param name operation (and request element) name
 * @param namespace the request element's namespace
 * @param access whether reporters may call it
 * @param handler reads the request, acts on the model, and returns the writer of the response
 *     element's content
 */
public record Operation(String name, String namespace, Access access, Handler handler) {

  /** Who may call an operation. */
  public enum Access {
    /** Administrators and reporters. */
    READ,
    /** Administrators only ("WSUS Administrators", wsus-facts.md §1). */
    WRITE
  }

  /** Reads the request and returns what to write inside {@code <NameResponse>}. */
  @FunctionalInterface
  public interface Handler {
    Consumer<XmlWriter> handle(Args request, CallContext context) throws RequestFormatException;
  }

  /** The response element's name. */
  public String responseName() {
    return name + "Response";
  }

  /** The SOAPAction that selects it. */
  public String soapAction() {
    return namespace + "/" + name;
  }

  /** An answer with no content (empty response element). */
  static Consumer<XmlWriter> empty() {
    return w -> {};
  }
}
