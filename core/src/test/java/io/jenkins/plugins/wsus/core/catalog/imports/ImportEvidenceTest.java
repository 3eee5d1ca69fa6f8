package io.jenkins.plugins.wsus.core.catalog.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.wsus.core.evidence.EventType;
import io.jenkins.plugins.wsus.core.evidence.EvidenceEvent;
import io.jenkins.plugins.wsus.core.evidence.EvidenceStore;
import io.jenkins.plugins.wsus.core.evidence.Redactor;
import io.jenkins.plugins.wsus.core.evidence.RunRecord;
import io.jenkins.plugins.wsus.core.evidence.SyncPath;
import io.jenkins.plugins.wsus.simulator.catalog.CatalogDataset.July2025;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The evidence of a standalone import, saved and read back as the plugin and CLI would. */
@Timeout(120)
class ImportEvidenceTest {
  @TempDir Path state;

  @Test
  void aStandaloneImportLeavesEvidenceWithImportApprovalAndJournalEvents() throws Exception {
    try (ImportHarness h = ImportHarness.start(state)) {
      CatalogImportRequest request =
          CatalogImportRequest.builder("wsus01", List.of("KB5062572", "KB5000001"))
              .approval(ImportApproval.install("Ring 1 - Pilot"))
              .requestedBy("job/catalog-import#3")
              .runId("import-run-1")
              .build();
      ImportEvidence evidence =
          new ImportEvidence(
              request, Clock.systemUTC(), Redactor.forSecrets(List.of(ImportHarness.PASSWORD)));
      CatalogImportResult result =
          h.importer
              .importUpdates(request, h.calls(), ImportListener.all(h.log, evidence))
              .get(60, TimeUnit.SECONDS);
      RunRecord record = evidence.finish(result);

      EvidenceStore store =
          new EvidenceStore(h.state.evidence(), Clock.systemUTC(), Duration.ofDays(1), 10);
      EvidenceStore.Paths saved = store.save(record);
      RunRecord back = store.load("import-run-1");

      assertThat(back.path()).isEqualTo(SyncPath.CATALOG);
      assertThat(back.succeeded()).isFalse(); // KB5000001 is unknown: PARTIAL
      assertThat(back.request()).containsEntry("kbs", "KB5062572, KB5000001");
      List<EvidenceEvent> events = back.events();
      assertThat(events)
          .filteredOn(e -> e.type() == EventType.IMPORT)
          .extracting(e -> e.fields().get("status"))
          .containsExactly("IMPORTED", "DELIVERED", "UNRESOLVED");
      assertThat(events)
          .filteredOn(
              e -> e.type() == EventType.IMPORT && "IMPORTED".equals(e.fields().get("status")))
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.fields())
                    .containsEntry("updateId", July2025.SERVER2022_2025_07.toString())
                    .containsEntry("verified", "true");
              });
      assertThat(events)
          .filteredOn(e -> e.type() == EventType.APPROVAL)
          .singleElement()
          .satisfies(
              e ->
                  assertThat(e.fields())
                      .containsEntry("targetGroup", "Ring 1 - Pilot")
                      .containsEntry("approved", "true"));
      // import PENDING, APPLIED; approval PENDING, APPLIED, COMPLETED; import COMPLETED
      assertThat(events).filteredOn(e -> e.type() == EventType.JOURNAL).hasSize(6);
      assertThat(events.get(events.size() - 1).type()).isEqualTo(EventType.OUTCOME);

      assertThat(h.log.lines).anyMatch(l -> l.startsWith("KB5062572: resolving"));
      String json = Files.readString(saved.json(), StandardCharsets.UTF_8);
      String html = Files.readString(saved.html(), StandardCharsets.UTF_8);
      assertThat(html).contains("KB5062572");
      assertThat(json + html).doesNotContain(ImportHarness.PASSWORD);
    }
  }
}
