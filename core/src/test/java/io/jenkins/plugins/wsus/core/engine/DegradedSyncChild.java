package io.jenkins.plugins.wsus.core.engine;

import io.jenkins.plugins.wsus.core.client.ApiRemotingClient;
import io.jenkins.plugins.wsus.core.client.WsusClientConfig;
import io.jenkins.plugins.wsus.core.journal.ChangeJournal;
import io.jenkins.plugins.wsus.core.state.StateDirectory;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The child JVM of {@link CrashRecoveryTest}: runs one degraded sync against the simulator at
 * {@code args[0]} (base URL) with the state directory {@code args[1]}, and prints {@code
 * JOURNAL-STEP <n> <step>} after every durable journal step so the parent can kill it there.
 */
public final class DegradedSyncChild {
  public static final String MARKER = "JOURNAL-STEP";
  public static final String DONE = "CHILD-DONE";

  private DegradedSyncChild() {}

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    String baseUrl = args[0];
    Path stateRoot = Path.of(args[1]);
    StateDirectory state = StateDirectory.open(stateRoot);
    ChangeJournal journal = new ChangeJournal(state.journal(), Clock.systemUTC());
    SyncEngine engine =
        SyncEngine.builder(
                EngineHarness.fastSettings().build(),
                name ->
                    new ApiRemotingClient(
                        WsusClientConfig.builder()
                            .serverName(name)
                            .baseUrl(baseUrl)
                            .account(EngineHarness.ACCOUNT)
                            .password(EngineHarness.PASSWORD.toCharArray())
                            .responseTimeout(Duration.ofSeconds(5))
                            .build()),
                journal)
            .build();
    AtomicInteger steps = new AtomicInteger();
    SyncOutcome o =
        engine
            .sync(
                SyncRequest.of(
                    "wsus01",
                    EngineHarness.fastPolicy().restoreMode(RestoreMode.IMMEDIATELY).build(),
                    "crash-child"),
                new SyncListener() {
                  @Override
                  public void onJournalStep(String step, String detail) {
                    out.println(MARKER + " " + steps.incrementAndGet() + " " + step);
                  }
                })
            .outcome()
            .join();
    out.println(DONE + " " + o.result() + " " + o.path() + " " + steps.get());
    engine.close();
    state.close();
    System.exit(0);
  }
}
