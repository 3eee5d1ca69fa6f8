package io.jenkins.plugins.wsus.cli;

import io.jenkins.plugins.wsus.simulator.SimAccount;
import io.jenkins.plugins.wsus.simulator.SimulatorOptions;
import io.jenkins.plugins.wsus.simulator.scenario.UpstreamScenario;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wsusctl simulate}: a WSUS server and the catalog, on loopback, until Ctrl-C. */
@Command(
    name = "simulate",
    description = {
      "Run the WSUS simulator (API Remoting over SOAP with NTLMv2, HTTP and HTTPS) with the",
      "Microsoft Update Catalog's pages under /catalog, until Ctrl-C. Switch scenarios at run",
      "time with its control endpoint (see docs/cli.md)."
    },
    mixinStandardHelpOptions = true)
final class SimulateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--http-port",
      defaultValue = "8530",
      description = "HTTP port (default: ${DEFAULT-VALUE}; 0 = any free).")
  int httpPort;

  @Option(
      names = "--https-port",
      defaultValue = "8531",
      description = "HTTPS port (default: ${DEFAULT-VALUE}; 0 = any free).")
  int httpsPort;

  @Option(
      names = "--control-port",
      defaultValue = "0",
      description = "Control endpoint port (default: any free).")
  int controlPort;

  @Option(
      names = "--scenario",
      defaultValue = "healthy",
      description =
          "healthy, unreachable, timing-out, bad-revision:Updates, flaky:0.3, local-db-busy, tls-mismatch (default: ${DEFAULT-VALUE}).")
  String scenario;

  @Option(
      names = "--time-factor",
      defaultValue = "0.05",
      description = "Scales every simulated duration; 1 is real time (default: ${DEFAULT-VALUE}).")
  double timeFactor;

  @Override
  public Integer call() throws InterruptedException {
    UpstreamScenario upstream = UpstreamScenario.parse(scenario);
    SimulatorOptions.Builder options =
        SimulatorOptions.builder().httpPort(httpPort).httpsPort(httpsPort).controlPort(controlPort);
    CountDownLatch stopped = new CountDownLatch(1);
    try (SimulatorStack stack = SimulatorStack.start(options, timeFactor, upstream)) {
      PrintWriter out = spec.commandLine().getOut();
      out.println("WSUS simulator running (Ctrl-C to stop)");
      out.println("  WSUS (http):  " + stack.wsus.wsusUrl());
      if (stack.wsus.httpsUrl() != null) {
        out.println("  WSUS (https): " + stack.wsus.httpsUrl());
      }
      out.println("  catalog:      " + stack.catalogUrl());
      out.println("  control:      " + stack.wsus.controlUrl());
      out.println("  scenario:     " + upstream.kind());
      for (SimAccount a : stack.wsus.options().accounts()) {
        out.println("  account:      " + a.qualifiedName() + " (" + a.role() + ")");
      }
      out.println("  The default accounts' password is in docs/cli.md (it is a test fixture).");
      out.flush();
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "wsusctl-simulate-stop"));
      stopped.await();
    }
    return ExitCode.OK;
  }
}
