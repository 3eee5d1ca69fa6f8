package io.jenkins.plugins.wsus.fakes;

import io.jenkins.plugins.wsus.core.client.WsusClientConfig;
import io.jenkins.plugins.wsus.ops.EngineSettings;
import io.jenkins.plugins.wsus.ops.OperationContext;
import io.jenkins.plugins.wsus.ops.OperationRunner;
import io.jenkins.plugins.wsus.run.ContextResolver;
import io.jenkins.plugins.wsus.run.OperationServices;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;

/** Services with a fake runner, a resolver that knows one server, and a direct executor. */
public final class FakeServices implements OperationServices {
  public static final String PASSWORD = "Pa55-never-shown!";

  public final FakeRunner runner = new FakeRunner();
  private final ContextResolver resolver;

  public FakeServices() {
    this.resolver =
        (request, run, listener) -> {
          if (!request.server().equals("wsus-hq")) {
            throw new IllegalArgumentException(
                "no WSUS server named '" + request.server() + "' is configured");
          }
          return context(listener.getLogger());
        };
  }

  public static OperationContext context(java.io.PrintStream log) {
    WsusClientConfig client =
        WsusClientConfig.builder()
            .serverName("wsus-hq")
            .baseUrl("https://wsus01.corp.example:8531")
            .account("CORP\\svc-wsus")
            .password(PASSWORD.toCharArray())
            .build();
    EngineSettings settings =
        new EngineSettings(
            4,
            Duration.ofSeconds(30),
            Duration.ofMinutes(10),
            50,
            10,
            Duration.ofMinutes(30),
            2,
            Duration.ofSeconds(30),
            Duration.ofMinutes(45),
            URI.create("https://www.catalog.update.microsoft.com"),
            List.of("download.windowsupdate.com"),
            Duration.ofDays(400));
    return new OperationContext(
        "wsus-hq",
        client,
        "microsoft",
        settings,
        Path.of("state"),
        Path.of("evidence"),
        "job#1",
        log);
  }

  @Override
  public OperationRunner runner() {
    return runner;
  }

  @Override
  public ContextResolver resolver() {
    return resolver;
  }

  @Override
  public Executor background() {
    return Runnable::run;
  }
}
