package io.jenkins.plugins.wsus.simulator;

import io.jenkins.plugins.wsus.simulator.scenario.UpstreamScenario;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.concurrent.CountDownLatch;

/**
 * Starts a simulator from a shell and prints its URLs; stops on Ctrl-C.
 *
 * <pre>
 * java ... WsusSimulatorMain [--http-port N] [--https-port N] [--control-port N] [--bind ADDR]
 *     [--time-factor F] [--scenario KIND[:classification,...]] [--wsdl PATH] [--replica]
 *     [--no-https] [--scheduled-syncs]
 * </pre>
 */
public final class WsusSimulatorMain {

  private WsusSimulatorMain() {}

  public static void main(String[] args) throws InterruptedException {
    SimulatorOptions options;
    try {
      options = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("wsus-simulator: " + e.getMessage());
      System.err.println(usage());
      System.exit(2);
      return;
    }
    WsusSimulator sim = WsusSimulator.start(options);
    printUrls(sim, System.out);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  sim.close();
                  stopped.countDown();
                },
                "wsus-sim-shutdown"));
    stopped.await();
  }

  /** Prints the URLs and accounts a user needs (never the passwords of custom accounts). */
  static void printUrls(WsusSimulator sim, PrintStream out) {
    out.println("WSUS simulator started");
    out.println("  WSUS (http):  " + sim.wsusUrl());
    if (sim.httpsUrl() != null) {
      out.println("  WSUS (https): " + sim.httpsUrl());
    }
    out.println("  control:      " + sim.controlUrl());
    out.println("  scenario:     " + sim.scenarios().current().kind());
    for (SimAccount account : sim.options().accounts()) {
      out.println("  account:      " + account.qualifiedName() + " (" + account.role() + ")");
    }
  }

  static SimulatorOptions parse(String[] args) {
    SimulatorOptions.Builder b = SimulatorOptions.builder();
    Iterator<String> it = Arrays.asList(args).iterator();
    while (it.hasNext()) {
      String arg = it.next();
      switch (arg) {
        case "--http-port" -> b.httpPort(intValue(arg, it));
        case "--https-port" -> b.httpsPort(intValue(arg, it));
        case "--control-port" -> b.controlPort(intValue(arg, it));
        case "--bind" -> b.bindAddress(value(arg, it));
        case "--time-factor" -> b.timeFactor(Double.parseDouble(value(arg, it)));
        case "--scenario" -> b.initialScenario(UpstreamScenario.parse(value(arg, it)));
        case "--wsdl" -> b.wsdlPath(Path.of(value(arg, it)));
        case "--replica" -> b.replicaMode(true);
        case "--no-https" -> b.https(false);
        case "--scheduled-syncs" -> b.scheduledSyncs(true);
        default -> throw new IllegalArgumentException("unknown option " + arg);
      }
    }
    return b.build();
  }

  private static String value(String option, Iterator<String> it) {
    if (!it.hasNext()) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return it.next();
  }

  private static int intValue(String option, Iterator<String> it) {
    String v = value(option, it);
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs a number, got '" + v + "'");
    }
  }

  static String usage() {
    return "usage: WsusSimulatorMain [--http-port N] [--https-port N] [--control-port N]"
        + " [--bind ADDR] [--time-factor F] [--scenario KIND[:arg]] [--wsdl PATH] [--replica]"
        + " [--no-https] [--scheduled-syncs]";
  }
}
