package io.jenkins.plugins.wsus.simulator.soap.ops;

import static io.jenkins.plugins.wsus.simulator.soap.ops.Operation.Access.READ;

import io.jenkins.plugins.wsus.simulator.soap.WireLayout;
import io.jenkins.plugins.wsus.simulator.soap.XmlWriter;
import io.jenkins.plugins.wsus.simulator.soap.xml.RequestFormatException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** GetServerVersion, GetCurrentUserRole and Ping (IMonitorable). */
final class IdentityOperations {

  private IdentityOperations() {}

  static List<Operation> all() {
    return List.of(
        new Operation(
            "GetServerVersion",
            WireLayout.NS,
            READ,
            (req, ctx) -> w -> w.element("GetServerVersionResult", ctx.model().serverVersion())),
        new Operation(
            "GetCurrentUserRole",
            WireLayout.NS,
            READ,
            (req, ctx) ->
                w ->
                    w.element(
                        "GetCurrentUserRoleResult",
                        switch (ctx.account().role()) {
                          case ADMINISTRATOR -> WireLayout.ROLE_ADMINISTRATOR;
                          case REPORTER -> WireLayout.ROLE_REPORTER;
                          case NONE -> WireLayout.ROLE_NONE;
                        })),
        new Operation("Ping", WireLayout.NS_MONITORABLE, READ, IdentityOperations::ping));
  }

  private static Consumer<XmlWriter> ping(Args req, CallContext ctx) throws RequestFormatException {
    int level = req.requiredInt("pingLevel");
    Instant now = Instant.now();
    return w ->
        w.start("PingResult")
            .element("SuccessFlag", true)
            .element("ServicesTime", now)
            .element("ServicesName", "ApiRemoting30")
            .element("ServicesMachine", "WSUS01")
            .element("IsHttps", ctx.https())
            .element("RequestContentType", ctx.contentType())
            .element(
                "ConfigFilePath",
                "C:\\Program Files\\Update Services\\WebServices\\ApiRemoting30\\web.config")
            .element("ConfigFileProjectName", "ApiRemoting30")
            .element("ConfigFileEnvironmentName", "Production")
            .element("ConfigFileLastModifiedTime", now.minus(Duration.ofDays(90)))
            .element("ConfigFileVersion", ctx.model().serverVersion())
            .element("ConfigFileNextExpirationTime", now.plus(Duration.ofMinutes(5)))
            .element("ConfigFileExpirationModuloInMinutes", 5)
            .element("DatabaseInfo", level > 0 ? "SUSDB on WSUS01\\MICROSOFT##WID: OK" : null)
            .element("CustomInfo", (String) null)
            .end();
  }
}
