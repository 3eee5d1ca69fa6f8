package io.jenkins.plugins.wsus.core.catalog.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.wsus.core.catalog.CandidateDecision;
import io.jenkins.plugins.wsus.core.catalog.CandidateReason;
import io.jenkins.plugins.wsus.core.catalog.ResolutionCriteria;
import io.jenkins.plugins.wsus.core.journal.ChangeKind;
import io.jenkins.plugins.wsus.core.journal.EntryState;
import io.jenkins.plugins.wsus.core.journal.JournalEntry;
import io.jenkins.plugins.wsus.core.journal.JournalStep;
import io.jenkins.plugins.wsus.simulator.catalog.CatalogDataset.July2025;
import io.jenkins.plugins.wsus.simulator.model.Approval;
import io.jenkins.plugins.wsus.simulator.model.UpdateInfo;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Imports against a real WSUS simulator with the catalog simulator mounted. */
@Timeout(120)
class CatalogImporterTest {
  static final UUID RING1 = UUID.fromString("3f2a6c1e-7b1d-4c5e-9a0f-1d2e3c4b5a61");

  @TempDir Path state;

  @Test
  void importsAKbThatResolvesToOneUpdateAndJournalsEveryStep() throws Exception {
    try (ImportHarness h = ImportHarness.start(state)) {
      CatalogImportResult r =
          h.run(CatalogImportRequest.builder("wsus01", List.of("KB5062572")).runId("r1").build());

      assertThat(r.status()).isEqualTo(ImportStatus.SUCCEEDED);
      KbImport kb = r.kbs().get(0);
      assertThat(kb.kb()).isEqualTo("KB5062572");
      assertThat(kb.status()).isEqualTo(KbStatus.DELIVERED);
      assertThat(kb.chosen()).containsExactly(July2025.SERVER2022_2025_07);
      UpdateImport u = kb.updates().get(0);
      assertThat(u.status()).isEqualTo(UpdateStatus.IMPORTED);
      assertThat(u.verification().verified()).isTrue();
      // looked up as "latest revision" (0); the server answers with the revision it stored
      assertThat(u.revision())
          .isEqualTo(h.dataset.find(July2025.SERVER2022_2025_07).orElseThrow().revisionNumber())
          .isPositive();
      assertThat(u.title()).contains("KB5062572");
      assertThat(u.failure()).isNull();

      // the server knows it now, imported from the catalog
      UpdateInfo onServer = h.wsus.model().update(July2025.SERVER2022_2025_07).orElseThrow();
      assertThat(onServer.origin()).isEqualTo(UpdateInfo.Origin.CATALOG);
      assertThat(h.wsus.model().imports()).containsExactly(July2025.SERVER2022_2025_07);

      JournalEntry entry = h.journal.get(u.journalEntry());
      assertThat(entry.request().kind()).isEqualTo(ChangeKind.IMPORT);
      assertThat(entry.request().runId()).isEqualTo("r1");
      assertThat(entry.request().details())
          .containsEntry("updateId", July2025.SERVER2022_2025_07.toString())
          .containsEntry("kb", "KB5062572");
      assertThat(entry.steps())
          .extracting(JournalStep::state)
          .containsExactly(EntryState.PENDING, EntryState.APPLIED, EntryState.COMPLETED);
      assertThat(h.log.steps).hasSize(3);
      // one line per KB (resolving, chosen) and per update, plus the summary
      assertThat(h.log.lines).anyMatch(l -> l.startsWith("KB5062572: resolving"));
      assertThat(h.log.lines).anyMatch(l -> l.contains("imported and verified"));
      assertThat(r.summary()).startsWith("catalog import SUCCEEDED: 1 of 1 KB(s) delivered");
    }
  }

  @Test
  void aKbWithSeveralUpdatesImportsEveryChosenOne() throws Exception {
    try (ImportHarness h = ImportHarness.start(state)) {
      CatalogImportResult r =
          h.run(CatalogImportRequest.builder("wsus01", List.of("5062553")).build());

      KbImport kb = r.kbs().get(0);
      assertThat(kb.kb()).isEqualTo("KB5062553");
      assertThat(kb.chosen())
          .containsExactlyInAnyOrder(
              July2025.WIN11_24H2_2025_07_X64,
              July2025.WIN11_24H2_2025_07_ARM64,
              July2025.SERVER2025_2025_07,
              July2025.WIN11_24H2_2025_07_DYNAMIC_X64);
      assertThat(kb.updates()).allMatch(u -> u.status() == UpdateStatus.IMPORTED);
      assertThat(h.wsus.model().imports()).containsExactlyInAnyOrderElementsOf(kb.chosen());
      assertThat(h.journalEntries()).hasSize(4).allMatch(e -> e.state() == EntryState.COMPLETED);
    }
  }

  @Test
  void filtersKeepOnlyTheMatchingUpdateAndExplainTheOthers() throws Exception {
    try (ImportHarness h = ImportHarness.start(state)) {
      ResolutionCriteria filters =
          ResolutionCriteria.any()
              .withProduct("Windows 11")
              .withArchitecture("x64")
              .excludingPreviews()
              .excludingDynamicUpdates()
              .withMaxSearchPages(4);
      CatalogImportResult r =
          h.run(
              CatalogImportRequest.builder("wsus01", List.of("KB5062553"))
                  .filters(filters)
                  .build());

      KbImport kb = r.kbs().get(0);
      assertThat(kb.chosen()).containsExactly(July2025.WIN11_24H2_2025_07_X64);
      assertThat(kb.skipped())
          .extracting(CandidateDecision::updateId, CandidateDecision::reason)
          .containsExactlyInAnyOrder(
              org.assertj.core.api.Assertions.tuple(
                  July2025.WIN11_24H2_2025_07_ARM64, CandidateReason.ARCHITECTURE_MISMATCH),
              org.assertj.core.api.Assertions.tuple(
                  July2025.SERVER2025_2025_07, CandidateReason.PRODUCT_MISMATCH),
              org.assertj.core.api.Assertions.tuple(
                  July2025.WIN11_24H2_2025_07_DYNAMIC_X64,
                  CandidateReason.DYNAMIC_UPDATE_EXCLUDED));
      assertThat(kb.skipped()).allMatch(d -> !d.explanation().isBlank());
      assertThat(h.wsus.model().imports()).containsExactly(July2025.WIN11_24H2_2025_07_X64);
    }
  }

  @Test
  void anUnknownKbIsReportedUnresolvedAndTheOthersStillImport() throws Exception {
    try (ImportHarness h = ImportHarness.start(state)) {
      CatalogImportResult r =
          h.run(CatalogImportRequest.builder("wsus01", List.of("KB5000001", "KB5062572")).build());

      assertThat(r.status()).isEqualTo(ImportStatus.PARTIAL);
      KbImport unknown = r.kbs().get(0);
      assertThat(unknown.status()).isEqualTo(KbStatus.UNRESOLVED);
      assertThat(unknown.updates()).isEmpty();
      assertThat(unknown.warnings()).anyMatch(w -> w.contains("no result for 'KB5000001'"));
      assertThat(r.kbs().get(1).status()).isEqualTo(KbStatus.DELIVERED);
      assertThat(h.wsus.model().imports()).containsExactly(July2025.SERVER2022_2025_07);
      assertThat(h.journalEntries()).hasSize(1); // nothing journaled for the unknown KB
      assertThat(h.log.lines).anyMatch(l -> l.startsWith("KB5000001: no catalog update to import"));
    }
  }

  @Test
  void aSupersededUpdateIsReplacedByItsSuperseder() throws Exception {
    try (ImportHarness h = ImportHarness.start(state)) {
      ResolutionCriteria follow =
          ResolutionCriteria.any().followingSupersedence(5).withMaxSearchPages(4);
      CatalogImportResult r =
          h.run(
              CatalogImportRequest.builder("wsus01", List.of("KB5060526")).filters(follow).build());

      KbImport kb = r.kbs().get(0);
      // June 2025 (KB5060526) is superseded by the June preview and by July: July is newest
      assertThat(kb.chosen()).containsExactly(July2025.SERVER2022_2025_07);
      assertThat(kb.candidates())
          .filteredOn(d -> d.updateId().equals(July2025.SERVER2022_2025_06))
          .singleElement()
          .extracting(CandidateDecision::reason)
          .isEqualTo(CandidateReason.SUPERSEDED);
      assertThat(kb.candidates())
          .filteredOn(d -> d.updateId().equals(July2025.SERVER2022_2025_07))
          .singleElement()
          .extracting(CandidateDecision::reason)
          .isEqualTo(CandidateReason.CHOSEN_AS_SUPERSEDER);
      assertThat(kb.updates().get(0).kb()).isEqualTo("KB5060526");
      assertThat(h.wsus.model().imports()).containsExactly(July2025.SERVER2022_2025_07);
      assertThat(h.wsus.model().update(July2025.SERVER2022_2025_06)).isEmpty();
    }
  }

  @Test
  void withoutFollowingSupersedenceTheSupersededUpdateItselfIsImported() throws Exception {
    try (ImportHarness h = ImportHarness.start(state)) {
      CatalogImportResult r =
          h.run(CatalogImportRequest.builder("wsus01", List.of("KB5060526")).build());
      assertThat(r.kbs().get(0).chosen()).containsExactly(July2025.SERVER2022_2025_06);
      assertThat(h.wsus.model().imports()).containsExactly(July2025.SERVER2022_2025_06);
    }
  }

  @Test
  void anUpdateTheServerAlreadyKnowsIsNotImportedAgain() throws Exception {
    try (ImportHarness h = ImportHarness.start(state)) {
      CatalogImportRequest request =
          CatalogImportRequest.builder("wsus01", List.of("KB5062572")).build();
      assertThat(h.run(request).status()).isEqualTo(ImportStatus.SUCCEEDED);

      CatalogImportResult again = h.run(request);
      assertThat(again.status()).isEqualTo(ImportStatus.SUCCEEDED);
      UpdateImport u = again.updates().get(0);
      assertThat(u.status()).isEqualTo(UpdateStatus.ALREADY_PRESENT);
      assertThat(u.journalEntry()).isNull();
      assertThat(u.verification().verified()).isTrue();
      assertThat(h.wsus.model().imports()).hasSize(1); // the import ran once
      assertThat(h.journalEntries()).hasSize(1);
      assertThat(again.delivered()).hasSize(1);
    }
  }

  @Test
  void approvesForRing1WithoutDeadline() throws Exception {
    try (ImportHarness h = ImportHarness.start(state)) {
      CatalogImportResult r =
          h.run(
              CatalogImportRequest.builder("wsus01", List.of("KB5062572"))
                  .approval(ImportApproval.install("Ring 1 - Pilot"))
                  .build());

      assertThat(r.status()).isEqualTo(ImportStatus.SUCCEEDED);
      ApprovalResult a = r.updates().get(0).approval();
      assertThat(a.approved()).isTrue();
      assertThat(a.targetGroupId()).isEqualTo(RING1);
      assertThat(a.deadline()).isNull();
      Approval onServer = h.wsus.model().approvals().get(0);
      assertThat(h.wsus.model().approvals()).hasSize(1);
      assertThat(onServer.updateId()).isEqualTo(July2025.SERVER2022_2025_07);
      assertThat(onServer.targetGroupId()).isEqualTo(RING1);
      assertThat(onServer.action()).isEqualTo(0); // Install on the wire
      assertThat(onServer.deadline()).isNull();
      assertThat(onServer.adminName()).isEqualTo("wsus-orchestrator");

      JournalEntry approval = h.journal.get(a.journalEntry());
      assertThat(approval.request().kind()).isEqualTo(ChangeKind.APPROVAL);
      assertThat(approval.state()).isEqualTo(EntryState.COMPLETED);
      assertThat(approval.request().details()).containsEntry("targetGroup", "Ring 1 - Pilot");
      JournalEntry imported = h.journal.get(r.updates().get(0).journalEntry());
      // the import is completed only after its approval
      assertThat(imported.lastChangedAt()).isAfterOrEqualTo(approval.lastChangedAt());
      assertThat(imported.steps().get(2).note()).contains("approved for 'Ring 1 - Pilot'");
    }
  }

  @Test
  void approvesForRing1WithDeadlineAlsoWhenTheUpdateWasAlreadyPresent() throws Exception {
    try (ImportHarness h = ImportHarness.start(state)) {
      h.run(CatalogImportRequest.builder("wsus01", List.of("KB5062572")).build());
      Instant deadline = Instant.parse("2025-07-15T18:00:00Z");
      CatalogImportResult r =
          h.run(
              CatalogImportRequest.builder("wsus01", List.of("KB5062572"))
                  .approval(ImportApproval.install("ring 1 - pilot").withDeadline(deadline))
                  .build());

      UpdateImport u = r.updates().get(0);
      assertThat(u.status()).isEqualTo(UpdateStatus.ALREADY_PRESENT);
      assertThat(u.approval().approved()).isTrue();
      assertThat(h.wsus.model().approvals())
          .singleElement()
          .satisfies(
              a -> {
                assertThat(a.targetGroupId()).isEqualTo(RING1);
                assertThat(a.deadline()).isEqualTo(deadline);
              });
    }
  }

  @Test
  void anUnknownTargetGroupStopsBeforeAnythingIsImported() throws Exception {
    try (ImportHarness h = ImportHarness.start(state)) {
      CatalogImportResult r =
          h.run(
              CatalogImportRequest.builder("wsus01", List.of("KB5062572"))
                  .approval(ImportApproval.install("Ring 9 - Nowhere"))
                  .build());

      assertThat(r.status()).isEqualTo(ImportStatus.FAILED);
      ImportFailure f = r.kbs().get(0).failure();
      assertThat(f.stage()).isEqualTo(ImportStage.APPROVE);
      assertThat(f.errorClass()).isEqualTo("CONFIGURATION");
      assertThat(f.message())
          .contains("'Ring 9 - Nowhere' does not exist on wsus01")
          .contains("'Ring 1 - Pilot'");
      assertThat(h.wsus.model().imports()).isEmpty();
      assertThat(h.journalEntries()).isEmpty();
    }
  }

  @Test
  void duplicateKbsAreImportedOnce() throws Exception {
    try (ImportHarness h = ImportHarness.start(state)) {
      CatalogImportResult r =
          h.run(
              CatalogImportRequest.builder("wsus01", List.of("KB5062572", "kb5062572", "5062572"))
                  .build());
      assertThat(r.kbs()).hasSize(1);
      assertThat(h.wsus.model().imports()).hasSize(1);
    }
  }
}
