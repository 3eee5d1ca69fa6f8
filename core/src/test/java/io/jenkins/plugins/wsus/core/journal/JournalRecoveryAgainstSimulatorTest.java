package io.jenkins.plugins.wsus.core.journal;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.wsus.core.client.ApiRemotingClient;
import io.jenkins.plugins.wsus.core.client.WsusClientConfig;
import io.jenkins.plugins.wsus.simulator.WsusSimulator;
import io.jenkins.plugins.wsus.simulator.model.Category;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A quarantine journaled, applied over real SOAP to the simulator, then the process "dies": a new
 * journal's recovery restores the server's original classifications through the real client.
 */
@Timeout(60)
class JournalRecoveryAgainstSimulatorTest {
  @TempDir Path dir;

  @Test
  void recoveryRestoresTheOriginalClassificationsOnARealServer() throws Exception {
    try (WsusSimulator sim = WsusSimulator.start();
        ApiRemotingClient client =
            new ApiRemotingClient(
                WsusClientConfig.builder()
                    .serverName("sim")
                    .baseUrl(sim.wsusUrl())
                    .account("CORP\\wsusadmin")
                    .password("Passw0rd!".toCharArray())
                    .connectTimeout(Duration.ofSeconds(5))
                    .responseTimeout(Duration.ofSeconds(10))
                    .build())) {
      WsusSubscriptionRestorer restorer = new WsusSubscriptionRestorer(client, "CORP\\wsusadmin");
      SubscriptionSets original = restorer.currentSets();
      assertThat(original.classificationIds()).isNotEmpty();
      UUID quarantined = original.classificationIds().first();
      TreeSet<UUID> rest = new TreeSet<>(original.classificationIds());
      rest.remove(quarantined);
      SubscriptionSets intended = new SubscriptionSets(rest, original.productIds());

      ChangeJournal journal = new ChangeJournal(dir, Clock.systemUTC());
      JournalEntry entry =
          journal.recordIntent(
              ChangeRequest.quarantine(
                  "run-1", "sim", original, intended, "exclude " + quarantined, "test"));
      restorer.restore(intended);
      journal.markApplied(entry.id(), "SetSubscription confirmed");
      assertThat(sim.model().subscribedClassifications())
          .extracting(Category::id)
          .doesNotContain(quarantined);

      // the process dies here; at the next start:
      RecoveryReport report = new ChangeJournal(dir, Clock.systemUTC()).recover(name -> restorer);

      assertThat(report.outcomes())
          .singleElement()
          .satisfies(o -> assertThat(o.result()).isEqualTo(RecoveryReport.Result.UNDONE));
      assertThat(restorer.currentSets()).isEqualTo(original);
      assertThat(sim.model().subscribedClassifications())
          .extracting(Category::id)
          .contains(quarantined);
    }
  }
}
