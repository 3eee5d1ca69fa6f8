package io.jenkins.plugins.wsus.cli;

import io.jenkins.plugins.wsus.core.catalog.CatalogClientConfig;
import io.jenkins.plugins.wsus.core.catalog.imports.CatalogImportRequest;
import io.jenkins.plugins.wsus.core.catalog.imports.CatalogImportResult;
import io.jenkins.plugins.wsus.core.catalog.imports.ImportStatus;
import io.jenkins.plugins.wsus.core.client.WsusClientConfig;
import io.jenkins.plugins.wsus.core.engine.FallbackKind;
import io.jenkins.plugins.wsus.core.engine.RestoreMode;
import io.jenkins.plugins.wsus.core.engine.SyncOutcome;
import io.jenkins.plugins.wsus.core.engine.SyncPolicy;
import io.jenkins.plugins.wsus.core.engine.SyncRequest;
import io.jenkins.plugins.wsus.core.engine.SyncResult;
import io.jenkins.plugins.wsus.core.evidence.SyncPath;
import io.jenkins.plugins.wsus.core.health.GatePolicy;
import io.jenkins.plugins.wsus.core.health.GateResult;
import io.jenkins.plugins.wsus.core.health.ServerHealth;
import io.jenkins.plugins.wsus.core.model.ApprovalAction;
import io.jenkins.plugins.wsus.core.orchestrator.ApprovalRequest;
import io.jenkins.plugins.wsus.core.orchestrator.Orchestrator;
import io.jenkins.plugins.wsus.core.orchestrator.ServerEntry;
import io.jenkins.plugins.wsus.core.resilience.BreakerState;
import io.jenkins.plugins.wsus.core.resilience.ResilienceSettings;
import io.jenkins.plugins.wsus.core.state.JsonFiles;
import io.jenkins.plugins.wsus.simulator.SimulatorOptions;
import io.jenkins.plugins.wsus.simulator.WsusSimulator;
import io.jenkins.plugins.wsus.simulator.catalog.CatalogDataset;
import io.jenkins.plugins.wsus.simulator.model.Category;
import io.jenkins.plugins.wsus.simulator.scenario.UpstreamScenario;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code wsusctl demo}: the main job, end to end, on embedded simulators of a WSUS server, a branch
 * WSUS server and the Microsoft Update Catalog, replaying July 2025.
 */
@Command(
    name = "demo",
    description = {
      "Replay the July 2025 outage against embedded simulators and watch the product handle it:",
      "health check, failing syncs with backoff, the shared circuit breaker opening, a degraded",
      "sync that quarantines the failing classification, a catalog import, gates, a Ring 1",
      "approval, and the quarantine lifted once the upstream is fixed. Writes the evidence."
    },
    mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {
  private static final String HQ = "wsus-hq";
  private static final String BRANCH = "wsus-branch";
  private static final String UPSTREAM = "microsoft-update";
  private static final String ACCOUNT = "CORP\\wsusadmin";
  private static final String DEMO_PASSWORD = "Passw0rd!"; // the simulator's fixture account
  private static final String KB = "KB5062572"; // July 2025 cumulative update, Server 2022

  @Spec CommandSpec spec;

  @Option(
      names = "--state-dir",
      paramLabel = "DIR",
      description = "Where the demo keeps its state and evidence (default: .wsusctl/demo/<time>).")
  Path stateDir;

  @Option(
      names = "--speed",
      defaultValue = "0.02",
      description = "Simulated time per real time; smaller is faster (default: ${DEFAULT-VALUE}).")
  double speed;

  private PrintStream out;
  private int step;
  private final List<Map<String, Object>> story = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    out = System.out;
    Path state =
        stateDir != null
            ? stateDir
            : Path.of(
                ".wsusctl",
                "demo",
                DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                    .withZone(ZoneOffset.UTC)
                    .format(Instant.now()));
    out.println("WSUS Orchestrator demo: July 2025, replayed on simulators");
    out.println("State and evidence: " + state.toAbsolutePath());
    try (SimulatorStack hq =
            SimulatorStack.start(
                SimulatorOptions.builder().https(false), speed, UpstreamScenario.healthy());
        WsusSimulator branch =
            WsusSimulator.start(SimulatorOptions.builder().https(false).timeFactor(speed).build());
        Orchestrator o =
            Orchestrator.builder(state, settings())
                .userName("wsusctl-demo")
                .gateProbeInterval(Duration.ofSeconds(1))
                .catalog(
                    CatalogClientConfig.defaults()
                        .withBaseUrl(hq.catalogUrl())
                        .withAllowedDownloadHosts(List.of(CatalogDataset.DOWNLOAD_HOST)))
                .build()) {
      o.register(new ServerEntry(HQ, client(HQ, hq.wsus.wsusUrl()), UPSTREAM));
      o.register(new ServerEntry(BRANCH, client(BRANCH, branch.wsusUrl()), UPSTREAM));
      out.println(
          "WSUS servers " + HQ + " and " + BRANCH + " share the upstream '" + UPSTREAM + "'.");
      return run(o, hq, branch, state);
    }
  }

  private int run(Orchestrator o, SimulatorStack hq, WsusSimulator branch, Path state)
      throws Exception {
    section("Health check before Patch Tuesday's sync");
    ServerHealth before = Futures.await(o.health(HQ));
    say(HQ + " is " + before.verdict() + ": " + String.join("; ", before.reasons()));

    section("9 July 2025: Microsoft Update stops answering; the nightly sync starts");
    hq.wsus.scenarios().set(UpstreamScenario.unreachable());
    branch.scenarios().set(UpstreamScenario.unreachable());
    SyncOutcome failed = sync(o, HQ, false);
    expect(failed.result() == SyncResult.FAILED, "the sync should fail while the upstream is down");
    say("The upstream breaker is now " + o.breakers().get("upstream:" + UPSTREAM) + ".");

    section("Another job syncs the branch server: the shared breaker answers at once");
    long t0 = System.nanoTime();
    SyncOutcome rejected = sync(o, BRANCH, false);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    expect(
        rejected.result() == SyncResult.REJECTED,
        "the branch sync should be refused by the breaker");
    say("Refused in " + ms + " ms without touching Microsoft Update: the breaker is open.");

    section("Microsoft Update answers again, but one revision in 'Updates' is bad");
    hq.wsus.scenarios().set(UpstreamScenario.badRevision("Updates"));
    branch.scenarios().set(UpstreamScenario.badRevision("Updates"));
    waitForHalfOpen(o);
    SyncOutcome degraded = sync(o, HQ, true);
    expect(degraded.path() == SyncPath.DEGRADED, "the degraded sync should deliver the updates");
    say("Synced without: " + titles(degraded) + " (quarantined; journaled; restored once fixed).");

    section("Import this month's cumulative update from the Microsoft Update Catalog");
    CatalogImportResult imported =
        Futures.await(
            o.catalogImport(
                CatalogImportRequest.builder(HQ, List.of(KB)).requestedBy("demo").build(),
                ImportResults.toConsole(out, "    ")));
    expect(imported.status() == ImportStatus.SUCCEEDED, "the catalog import should succeed");
    record("catalog import " + KB, imported.status().name(), null);

    section("Gates before the rollout");
    GateResult strict =
        Futures.await(
            o.gate(HQ, new GatePolicy(Duration.ofHours(24), true, false, true), Duration.ZERO));
    say(
        "Strict gate (no degraded sync accepted): "
            + strict.decision()
            + " — "
            + String.join("; ", strict.reasons()));
    GateResult outage =
        Futures.await(
            o.gate(HQ, new GatePolicy(Duration.ofHours(24), true, true, true), Duration.ZERO));
    say(
        "Outage gate (degraded accepted): "
            + outage.decision()
            + " — "
            + String.join("; ", outage.reasons()));
    expect(outage.decision() == GateResult.Decision.PASS, "the outage gate should pass");
    record("gates", "strict " + strict.decision() + ", outage " + outage.decision(), null);

    section("Approve " + KB + " for Ring 1 - Pilot, deadline in 3 days");
    CatalogImportResult approved =
        Futures.await(
            o.approve(
                new ApprovalRequest(
                    HQ,
                    "Ring 1 - Pilot",
                    List.of(KB),
                    null,
                    ApprovalAction.INSTALL,
                    Instant.now().plus(Duration.ofDays(3)),
                    UUID.randomUUID().toString(),
                    "demo"),
                ImportResults.toConsole(out, "    ")));
    expect(
        approved.updates().stream().anyMatch(u -> u.approval() != null && u.approval().approved()),
        "the Ring 1 approval should be recorded");
    say(
        "Approved on "
            + HQ
            + ": "
            + hq.wsus.model().approvals().size()
            + " approval(s) recorded in WSUS.");
    record("approve Ring 1 - Pilot", "approved", null);

    section("10 July: Microsoft fixes the revision; the next sync restores 'Updates'");
    hq.wsus.scenarios().set(UpstreamScenario.healthy());
    branch.scenarios().set(UpstreamScenario.healthy());
    SyncOutcome healed = sync(o, HQ, true);
    expect(
        healed.path() == SyncPath.UPSTREAM && healed.succeeded(), "the full sync should succeed");
    boolean restored =
        hq.wsus.model().subscribedClassifications().stream()
            .map(Category::title)
            .anyMatch("Updates"::equals);
    expect(restored, "'Updates' should be back in the subscription");
    say("'Updates' is back in the subscription; no quarantine is in effect.");
    ServerHealth after = Futures.await(o.health(HQ));
    say(HQ + " is " + after.verdict() + ".");

    section("Evidence for the auditors");
    Instant outageStart = failed.start();
    Instant outageEnd = healed.end();
    say("Outage as seen from " + HQ + ": " + outageStart + " .. " + outageEnd);
    for (var run : o.runs()) {
      var paths = o.evidenceOf(run.runId());
      say(run.server() + " " + run.runId() + ": " + paths.html());
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("story", story);
    summary.put("outageStart", outageStart.toString());
    summary.put("outageEnd", outageEnd.toString());
    summary.put("stateDirectory", state.toAbsolutePath().toString());
    Path file = state.resolve("demo-summary.json");
    JsonFiles.writeAtomically(file, summary);
    say("Summary: " + file.toAbsolutePath());
    out.println();
    out.println("Demo complete: every step behaved as expected.");
    return ExitCode.OK;
  }

  private SyncOutcome sync(Orchestrator o, String server, boolean fallbacks) throws Exception {
    List<FallbackKind> order = fallbacks ? List.of(FallbackKind.DEGRADED_SYNC) : List.of();
    SyncPolicy policy =
        SyncPolicy.defaults().toBuilder()
            .polling(Duration.ofMillis(100), 1.5, Duration.ofSeconds(1))
            .stallTimeout(Duration.ofMinutes(2))
            .overallTimeout(Duration.ofMinutes(10))
            .degradedSyncEnabled(fallbacks)
            .restoreMode(RestoreMode.ON_NEXT_HEALTHY_SYNC)
            .fallbackOrder(order)
            .build();
    ConsoleSyncListener listener = new ConsoleSyncListener(out, System.console() != null, "    ");
    SyncOutcome outcome;
    try {
      outcome = Futures.await(o.sync(SyncRequest.of(server, policy, "demo"), listener).outcome());
    } finally {
      listener.done();
    }
    say(
        "Outcome: "
            + outcome.result()
            + " via "
            + outcome.path()
            + " after "
            + outcome.attempts()
            + " attempt(s)"
            + (outcome.errorClass() == null ? "" : " — " + outcome.errorClass()));
    record("sync " + server, outcome.result() + " via " + outcome.path(), outcome.evidence());
    return outcome;
  }

  private void waitForHalfOpen(Orchestrator o) throws InterruptedException {
    Instant until = Instant.now().plus(Duration.ofMinutes(1));
    while (o.breakers().get("upstream:" + UPSTREAM) == BreakerState.OPEN
        && Instant.now().isBefore(until)) {
      Thread.sleep(200);
    }
    say(
        "After its wait the breaker is "
            + o.breakers().get("upstream:" + UPSTREAM)
            + ": the next sync is its probe.");
  }

  private static String titles(SyncOutcome o) {
    return String.join(", ", o.quarantined().stream().map(q -> q.title()).toList());
  }

  private void section(String title) {
    step++;
    out.println();
    out.println("[" + step + "] " + title);
  }

  private void say(String line) {
    out.println("    " + line);
  }

  private void record(String what, String result, String evidence) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("step", step);
    m.put("what", what);
    m.put("result", result);
    if (evidence != null) {
      m.put("evidence", evidence);
    }
    story.add(m);
  }

  private void expect(boolean condition, String what) {
    if (!condition) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("wsusctl demo: unexpected: " + what);
      err.flush();
      throw new DemoFailedException(what);
    }
  }

  private static ResilienceSettings settings() {
    return ResilienceSettings.builder()
        .retryMaxAttempts(3)
        .retryInitialBackoff(Duration.ofSeconds(1))
        .retryMultiplier(2)
        .retryRandomizationFactor(0.3)
        .retryMaxBackoff(Duration.ofSeconds(4))
        .retryMaxTotalTime(Duration.ofMinutes(1))
        .breakerFailureRateThreshold(50)
        .breakerWindowSize(5)
        .breakerMinimumCalls(3)
        .breakerWaitInOpen(Duration.ofSeconds(4))
        .breakerPermittedCallsInHalfOpen(1)
        .breakerAutomaticTransitionToHalfOpen(true)
        .callTimeout(Duration.ofSeconds(30))
        .build();
  }

  private static WsusClientConfig client(String name, String url) {
    return WsusClientConfig.builder()
        .serverName(name)
        .baseUrl(url)
        .account(ACCOUNT)
        .password(DEMO_PASSWORD.toCharArray())
        .build();
  }

  /** A step of the story did not behave as the product promises. */
  static final class DemoFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DemoFailedException(String what) {
      super("the demo did not go as expected: " + what);
    }
  }
}
