package io.jenkins.plugins.wsus.simulator.soap;

import io.jenkins.plugins.wsus.simulator.SimulatorOptions;
import io.jenkins.plugins.wsus.simulator.fault.FaultControl;
import io.jenkins.plugins.wsus.simulator.http.HttpResponses;
import io.jenkins.plugins.wsus.simulator.http.WsdlResource;
import io.jenkins.plugins.wsus.simulator.model.WsusModel;
import java.util.Optional;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** The WSUS API Remoting endpoint (work in progress: answers 401 to everything). */
public final class SoapEndpoint extends Handler.Abstract {

  private final SimulatorOptions options;
  private final WsusModel model;
  private final FaultControl faults;
  private final Optional<WsdlResource> wsdl;

  public SoapEndpoint(
      SimulatorOptions options, WsusModel model, FaultControl faults, Optional<WsdlResource> wsdl) {
    this.options = options;
    this.model = model;
    this.faults = faults;
    this.wsdl = wsdl;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    response.getHeaders().add("WWW-Authenticate", "Negotiate");
    response.getHeaders().add("WWW-Authenticate", "NTLM");
    HttpResponses.sendHtml(response, 401, "401 - Unauthorized: Access is denied", callback);
    return true;
  }
}
