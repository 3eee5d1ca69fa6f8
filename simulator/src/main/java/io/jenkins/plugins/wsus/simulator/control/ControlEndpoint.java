package io.jenkins.plugins.wsus.simulator.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.wsus.simulator.fault.ClientFault;
import io.jenkins.plugins.wsus.simulator.fault.FaultControl;
import io.jenkins.plugins.wsus.simulator.http.HttpResponses;
import io.jenkins.plugins.wsus.simulator.model.Approval;
import io.jenkins.plugins.wsus.simulator.model.Category;
import io.jenkins.plugins.wsus.simulator.model.KnownCategories;
import io.jenkins.plugins.wsus.simulator.model.SyncEvent;
import io.jenkins.plugins.wsus.simulator.model.SyncProgress;
import io.jenkins.plugins.wsus.simulator.model.UpdateInfo;
import io.jenkins.plugins.wsus.simulator.model.WsusModel;
import io.jenkins.plugins.wsus.simulator.model.WsusOperationException;
import io.jenkins.plugins.wsus.simulator.scenario.ScenarioControl;
import io.jenkins.plugins.wsus.simulator.scenario.UpstreamScenario;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The JSON control endpoint, on its own loopback-only connector, unauthenticated by design (it is
 * the test's and the demo's remote control):
 *
 * <ul>
 *   <li>{@code GET /_sim/state}: scenario, outages, sync progress, last result, armed faults
 *   <li>{@code PUT /_sim/scenario} {@code {"kind":"BAD_REVISION","classifications":["Updates"]}} or
 *       {@code {"kind":"FLAKY","probability":0.3,"seed":7}}
 *   <li>{@code POST /_sim/outages} {@code {"kind":"UNREACHABLE","fromSeconds":10,"toSeconds":60}}
 *       (nominal seconds after start, scaled); {@code DELETE /_sim/outages}
 *   <li>{@code POST /_sim/faults} {@code {"kind":"LATENCY","operation":null,"count":-1,
 *       "delayMillis":100,"bytes":0}}; {@code DELETE /_sim/faults}
 *   <li>{@code PUT /_sim/classifications} {@code ["Security Updates","Updates"]}
 *   <li>{@code POST /_sim/sync/start}, {@code POST /_sim/sync/stop}, {@code GET /_sim/events},
 *       {@code GET /_sim/updates} (updates with their approvals)
 * </ul>
 */
public final class ControlEndpoint extends Handler.Abstract {

  /** Every control path starts with this. */
  public static final String BASE_PATH = "/_sim";

  private static final int MAX_BODY = 64 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();

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
    if (!isLoopback(request.getConnectionMetaData().getRemoteSocketAddress())) {
      error(response, 403, "the control endpoint only answers loopback clients", callback);
      return true;
    }
    String path = Request.getPathInContext(request);
    String method = request.getMethod();
    try {
      JsonNode body = readJson(request);
      JsonNode answer = route(method, path, body);
      if (answer == null) {
        error(response, 404, "no control resource " + method + " " + path, callback);
      } else {
        HttpResponses.send(
            response, 200, "application/json", JSON.writeValueAsString(answer), callback);
      }
    } catch (IllegalArgumentException | WsusOperationException e) {
      error(response, 400, e.getMessage(), callback);
    } catch (IOException e) {
      error(response, 400, "unreadable JSON: " + e.getMessage(), callback);
    }
    return true;
  }

  private JsonNode route(String method, String path, JsonNode body) {
    String p = path.startsWith(BASE_PATH) ? path.substring(BASE_PATH.length()) : path;
    return switch (method + " " + p) {
      case "GET /state", "GET /", "GET " -> state();
      case "PUT /scenario", "POST /scenario" -> {
        scenarios.set(scenario(body));
        yield state();
      }
      case "POST /outages" -> {
        scenarios.addOutage(
            scenario(body),
            Duration.ofMillis((long) (body.path("fromSeconds").asDouble(0) * 1000)),
            Duration.ofMillis((long) (body.path("toSeconds").asDouble(0) * 1000)));
        yield state();
      }
      case "DELETE /outages" -> {
        scenarios.clearOutages();
        yield state();
      }
      case "POST /faults" -> {
        faults.add(fault(body));
        yield state();
      }
      case "DELETE /faults" -> {
        faults.clear();
        yield state();
      }
      case "PUT /classifications" -> {
        List<String> names = new ArrayList<>();
        body.forEach(n -> names.add(n.asText()));
        model.setSubscribedClassifications(names);
        yield state();
      }
      case "POST /sync/start" -> {
        model.startSync(body.path("categoryOnly").asBoolean(false));
        yield state();
      }
      case "POST /sync/stop" -> {
        model.stopSync();
        yield state();
      }
      case "GET /events" -> events();
      case "GET /updates" -> updates();
      default -> null;
    };
  }

  static UpstreamScenario scenario(JsonNode body) {
    String kindName = body.path("kind").asText(body.path("scenario").asText(""));
    if (kindName.isEmpty()) {
      throw new IllegalArgumentException(
          "missing \"kind\" (one of " + List.of(UpstreamScenario.Kind.values()) + ")");
    }
    UpstreamScenario.Kind kind = UpstreamScenario.kindOf(kindName);
    return switch (kind) {
      case BAD_REVISION -> {
        List<String> names = new ArrayList<>();
        body.path("classifications").forEach(n -> names.add(n.asText()));
        yield names.isEmpty()
            ? UpstreamScenario.of(kind)
            : UpstreamScenario.badRevision(names.toArray(String[]::new));
      }
      case FLAKY ->
          UpstreamScenario.flaky(
              body.path("probability").asDouble(0.5), body.path("seed").asLong(42));
      default -> UpstreamScenario.of(kind);
    };
  }

  static ClientFault fault(JsonNode body) {
    ClientFault.Kind kind = ClientFault.kindOf(body.path("kind").asText(""));
    ClientFault f = ClientFault.next(kind, body.path("count").asInt(1));
    if (body.hasNonNull("operation")) {
      f = f.onOperation(body.get("operation").asText());
    }
    if (body.has("delayMillis")) {
      f = f.withDelay(Duration.ofMillis(body.get("delayMillis").asLong()));
    }
    if (body.has("bytes")) {
      f = f.withBytes(body.get("bytes").asLong());
    }
    return f;
  }

  private JsonNode state() {
    ObjectNode root = JSON.createObjectNode();
    root.set("scenario", scenarioJson(scenarios.current()));
    root.set("baseScenario", scenarioJson(scenarios.base()));
    ArrayNode outages = root.putArray("outages");
    for (ScenarioControl.OutageWindow w : scenarios.outages()) {
      ObjectNode o = outages.addObject();
      o.set("scenario", scenarioJson(w.scenario()));
      o.put("from", w.from().toString());
      o.put("to", w.to().toString());
    }
    SyncProgress p = model.progress();
    ObjectNode sync = root.putObject("sync");
    sync.put("status", p.status());
    sync.put("phase", p.phase());
    sync.put("total", p.total());
    sync.put("processed", p.processed());
    model
        .lastResult()
        .ifPresent(
            r -> {
              ObjectNode last = root.putObject("lastResult");
              last.put("outcome", r.outcome().name());
              last.put("error", r.error().wireName());
              last.put("errorText", r.errorText());
              last.put("started", r.started().toString());
              last.put("finished", r.finished().toString());
            });
    ArrayNode classes = root.putArray("classifications");
    model.subscribedClassifications().stream().map(Category::title).forEach(classes::add);
    ArrayNode armed = root.putArray("faults");
    for (ClientFault f : faults.armed()) {
      ObjectNode o = armed.addObject();
      o.put("kind", f.kind().name());
      o.put("operation", f.operation());
      o.put("count", f.count());
      o.put("delayMillis", f.delay().toMillis());
      o.put("bytes", f.bytes());
    }
    root.put("updates", model.updates().size());
    root.put("approvals", model.approvals().size());
    root.put("imports", model.imports().size());
    return root;
  }

  private JsonNode events() {
    ArrayNode list = JSON.createArrayNode();
    for (SyncEvent e : model.events()) {
      ObjectNode o = list.addObject();
      o.put("eventId", e.eventId());
      o.put("time", e.time().toString());
      o.put("message", e.messageTemplate());
      ArrayNode r = o.putArray("replacementStrings");
      e.replacementStrings().forEach(r::add);
      ArrayNode m = o.putArray("miscData");
      e.miscData().forEach(m::add);
    }
    return list;
  }

  private JsonNode updates() {
    ArrayNode list = JSON.createArrayNode();
    List<Approval> approvals = model.approvals();
    for (UpdateInfo u : model.updates()) {
      ObjectNode o = list.addObject();
      o.put("id", u.id().toString());
      o.put("revision", u.revision());
      o.put("title", u.title());
      o.put("kb", u.kb());
      o.put(
          "classification",
          KnownCategories.byId(u.classificationId())
              .map(Category::title)
              .orElse(u.classificationId().toString()));
      o.put("declined", u.declined());
      o.put("origin", u.origin().name());
      ArrayNode a = o.putArray("approvals");
      approvals.stream()
          .filter(ap -> ap.updateId().equals(u.id()))
          .forEach(
              ap -> {
                ObjectNode j = a.addObject();
                j.put("targetGroupId", ap.targetGroupId().toString());
                j.put("action", ap.action());
                j.put("adminName", ap.adminName());
              });
    }
    return list;
  }

  private static ObjectNode scenarioJson(UpstreamScenario s) {
    ObjectNode o = JSON.createObjectNode();
    o.put("kind", s.kind().name());
    ArrayNode c = o.putArray("classifications");
    s.badClassifications().forEach(c::add);
    if (s.kind() == UpstreamScenario.Kind.FLAKY) {
      o.put("probability", s.failureProbability());
      o.put("seed", s.seed());
    }
    return o;
  }

  private static JsonNode readJson(Request request) throws IOException {
    if (request.getLength() > MAX_BODY) {
      throw new IllegalArgumentException("control requests are limited to " + MAX_BODY + " bytes");
    }
    byte[] bytes;
    try {
      bytes = Content.Source.asByteArrayAsync(request, MAX_BODY).get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalArgumentException("cannot read the control request body: " + e);
    }
    if (bytes.length == 0) {
      return JSON.createObjectNode();
    }
    return JSON.readTree(bytes);
  }

  private static void error(Response response, int status, String message, Callback callback) {
    ObjectNode o = JSON.createObjectNode();
    o.put("error", message);
    HttpResponses.send(response, status, "application/json", o.toString(), callback);
  }

  private static boolean isLoopback(SocketAddress address) {
    return address instanceof InetSocketAddress inet
        && inet.getAddress() != null
        && inet.getAddress().isLoopbackAddress();
  }
}
