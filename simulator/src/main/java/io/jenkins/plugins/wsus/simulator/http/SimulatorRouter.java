package io.jenkins.plugins.wsus.simulator.http;

import java.util.Map;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Routes by connector and path: the control connector to the control endpoint; the WSUS connectors
 * to the mounted handlers (by path prefix), then the WSUS web service; anything else is 404.
 */
public final class SimulatorRouter extends Handler.Abstract {

  /** Path of the WSUS API Remoting web service (wsus-facts.md §1). */
  public static final String SERVICE_PATH = "/ApiRemoting30/WebService.asmx";

  private final Handler service;
  private final Handler control;
  private final Map<String, Handler> mounts;
  private volatile Connector controlConnector;

  public SimulatorRouter(Handler service, Handler control, Map<String, Handler> mounts) {
    this.service = service;
    this.control = control;
    this.mounts = Map.copyOf(mounts);
    addBean(service);
    addBean(control);
    mounts.values().forEach(this::installBean);
  }

  /** Marks which connector serves the control endpoint. */
  public void setControlConnector(Connector connector) {
    this.controlConnector = connector;
  }

  @Override
  public void setServer(org.eclipse.jetty.server.Server server) {
    super.setServer(server);
    service.setServer(server);
    control.setServer(server);
    mounts.values().forEach(h -> h.setServer(server));
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    if (request.getConnectionMetaData().getConnector() == controlConnector) {
      return control.handle(request, response, callback);
    }
    String path = Request.getPathInContext(request);
    for (Map.Entry<String, Handler> mount : mounts.entrySet()) {
      String prefix = mount.getKey();
      if (path.equals(prefix) || path.startsWith(prefix + "/")) {
        return mount.getValue().handle(request, response, callback);
      }
    }
    if (path.equalsIgnoreCase(SERVICE_PATH)) {
      return service.handle(request, response, callback);
    }
    HttpResponses.sendHtml(response, 404, "404 - File or directory not found.", callback);
    return true;
  }
}
