package io.jenkins.plugins.wsus.simulator.control;

import io.jenkins.plugins.wsus.simulator.fault.FaultControl;
import io.jenkins.plugins.wsus.simulator.http.HttpResponses;
import io.jenkins.plugins.wsus.simulator.model.WsusModel;
import io.jenkins.plugins.wsus.simulator.scenario.ScenarioControl;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** The JSON control endpoint (work in progress). */
public final class ControlEndpoint extends Handler.Abstract {

  /** Every control path starts with this. */
  public static final String BASE_PATH = "/_sim";

  private final WsusModel model;
  private final ScenarioControl scenarios;
  private final FaultControl faults;

  public ControlEndpoint(WsusModel model, ScenarioControl scenarios, FaultControl faults) {
    this.model = model;
    this.scenarios = scenarios;
    this.faults = faults;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    HttpResponses.send(
        response,
        200,
        "application/json",
        "{\"scenario\":\"" + scenarios.current().kind() + "\"}",
        callback);
    return true;
  }
}
