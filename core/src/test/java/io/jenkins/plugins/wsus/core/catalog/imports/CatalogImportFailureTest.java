package io.jenkins.plugins.wsus.core.catalog.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.wsus.core.catalog.ResolutionCriteria;
import io.jenkins.plugins.wsus.core.journal.EntryState;
import io.jenkins.plugins.wsus.core.journal.JournalEntry;
import io.jenkins.plugins.wsus.core.journal.JournalStep;
import io.jenkins.plugins.wsus.core.model.ApprovalAction;
import io.jenkins.plugins.wsus.core.resilience.BreakerState;
import io.jenkins.plugins.wsus.core.resilience.Resilience;
import io.jenkins.plugins.wsus.core.state.JsonFiles;
import io.jenkins.plugins.wsus.simulator.catalog.CatalogDataset.July2025;
import io.jenkins.plugins.wsus.simulator.catalog.CatalogScenario;
import io.jenkins.plugins.wsus.simulator.fault.ClientFault;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Catalog outages, WSUS faults, lost answers, JSON and secrets, against the real simulators. */
@Timeout(120)
class CatalogImportFailureTest {
  static final String IMPORT_OP = "CatalogSiteGetMetadataAndImport";

  @TempDir Path state;

  @Test
  void theCatalogErrorPageIsRetriedAndTheImportGoesOn() throws Exception {
    try (ImportHarness h = ImportHarness.start(state)) {
      h.catalogSim.setScenario(CatalogScenario.errorPageForNext(2));
      CatalogImportResult r =
          h.run(CatalogImportRequest.builder("wsus01", List.of("KB5062572")).build());

      assertThat(r.status()).isEqualTo(ImportStatus.SUCCEEDED);
      assertThat(h.catalogSim.errorPagesServed()).isEqualTo(2);
      assertThat(h.log.retries)
          .hasSize(2)
          .allSatisfy(
              n -> {
                assertThat(n.callName()).isEqualTo(Resilience.CATALOG);
                assertThat(n.classification().errorClass().name())
                    .isEqualTo("UPSTREAM_UNAVAILABLE");
                assertThat(n.givingUp()).isFalse();
              });
    }
  }

  @Test
  void aCatalogThatStaysDownExhaustsTheRetriesWithATypedFailure() throws Exception {
    try (ImportHarness h = ImportHarness.start(state)) {
      h.catalogSim.setScenario(CatalogScenario.errorPageAlways());
      CatalogImportResult r =
          h.run(CatalogImportRequest.builder("wsus01", List.of("KB5062572")).build());

      assertThat(r.status()).isEqualTo(ImportStatus.FAILED);
      ImportFailure f = r.kbs().get(0).failure();
      assertThat(f.stage()).isEqualTo(ImportStage.RESOLVE);
      assertThat(f.errorClass()).isEqualTo("UPSTREAM_UNAVAILABLE");
      assertThat(f.message()).contains("8DDD0010");
      assertThat(h.catalogSim.errorPagesServed()).isEqualTo(3); // retryMaxAttempts
      assertThat(h.log.retries).last().matches(n -> n.givingUp());
      assertThat(h.wsus.model().imports()).isEmpty();
      assertThat(h.journalEntries()).isEmpty();
    }
  }

  @Test
  void theCatalogBreakerOpensAndLaterKbsAreNotSentToTheCatalog() throws Exception {
    try (ImportHarness h =
        new ImportHarness(
            state,
            ImportHarness.fastSettings().breakerMinimumCalls(2).breakerWindowSize(2).build())) {
      h.catalogSim.setScenario(CatalogScenario.errorPageAlways());
      CatalogImportResult r =
          h.run(CatalogImportRequest.builder("wsus01", List.of("KB5062572", "KB5062553")).build());

      assertThat(r.status()).isEqualTo(ImportStatus.FAILED);
      // two error pages open the breaker; the third attempt and the second KB are rejected
      assertThat(h.catalogSim.requestCount()).isEqualTo(2);
      assertThat(h.resilience.breakerStates()).containsEntry(Resilience.CATALOG, BreakerState.OPEN);
      assertThat(r.kbs())
          .allSatisfy(
              k -> {
                assertThat(k.status()).isEqualTo(KbStatus.FAILED);
                assertThat(k.failure().message()).contains("catalog circuit breaker is open");
              });
      assertThat(h.journalEntries()).isEmpty();
    }
  }

  @Test
  void aWsusFaultOnTheImportIsTypedAndTheJournalShowsWhereItStopped() throws Exception {
    try (ImportHarness h = ImportHarness.start(state)) {
      h.wsus.faults().add(ClientFault.always(ClientFault.Kind.SERVER_FAULT).onOperation(IMPORT_OP));
      CatalogImportRequest request =
          CatalogImportRequest.builder("wsus01", List.of("KB5062572")).build();
      CatalogImportResult r = h.run(request);

      assertThat(r.status()).isEqualTo(ImportStatus.FAILED);
      UpdateImport u = r.updates().get(0);
      assertThat(u.status()).isEqualTo(UpdateStatus.FAILED);
      assertThat(u.failure().stage()).isEqualTo(ImportStage.IMPORT);
      assertThat(u.failure().errorClass()).isEqualTo("LOCAL_DATABASE"); // the fault's SqlException
      assertThat(h.log.retries)
          .hasSize(2)
          .allMatch(n -> n.callName().equals(Resilience.server("wsus01")));
      JournalEntry entry = h.journal.get(u.journalEntry());
      assertThat(entry.state()).isEqualTo(EntryState.UNDONE);
      assertThat(entry.steps())
          .extracting(JournalStep::state)
          .containsExactly(EntryState.PENDING, EntryState.UNDONE);
      assertThat(entry.steps().get(1).note())
          .contains("stopped at IMPORT")
          .contains("nothing changed");
      assertThat(h.wsus.model().update(July2025.SERVER2022_2025_07)).isEmpty();

      // Nothing lost: once the server is fine, the same request delivers.
      h.wsus.faults().clear();
      CatalogImportResult again = h.run(request);
      assertThat(again.status()).isEqualTo(ImportStatus.SUCCEEDED);
      assertThat(h.journalEntries())
          .extracting(JournalEntry::state)
          .containsExactlyInAnyOrder(EntryState.UNDONE, EntryState.COMPLETED);
      assertThat(h.journal.read().unfinished()).isEmpty();
    }
  }

  @Test
  void anImportWhoseAnswersWereLostIsRecognisedOnTheServer() throws Exception {
    try (ImportHarness h = ImportHarness.start(state)) {
      // The server imports, then the connection is reset before the answer: every attempt.
      h.wsus
          .faults()
          .add(ClientFault.next(ClientFault.Kind.RESET_MID_RESPONSE, 3).onOperation(IMPORT_OP));
      CatalogImportResult r =
          h.run(CatalogImportRequest.builder("wsus01", List.of("KB5062572")).build());

      UpdateImport u = r.updates().get(0);
      assertThat(u.status()).isEqualTo(UpdateStatus.IMPORTED);
      assertThat(u.verification().verified()).isTrue();
      assertThat(h.journal.get(u.journalEntry()).steps())
          .extracting(JournalStep::state)
          .containsExactly(EntryState.PENDING, EntryState.APPLIED, EntryState.COMPLETED);
      assertThat(h.log.lines).anyMatch(l -> l.contains("but the server shows the update"));
    }
  }

  @Test
  void anImportTheServerCannotShowStopsAtVerifyAndNeedsReview() throws Exception {
    try (ImportHarness h = ImportHarness.start(state)) {
      // Once the server accepted the import, every lookup fails: verification cannot succeed.
      ImportListener breakLookupsAfterImport =
          new ImportListener() {
            @Override
            public void onJournalStep(String step, String detail) {
              if (step.equals("APPLIED")) {
                h.wsus
                    .faults()
                    .add(
                        ClientFault.always(ClientFault.Kind.SERVER_FAULT)
                            .onOperation("ExecuteSPGetUpdateById"));
              }
            }
          };
      CatalogImportResult r =
          h.importer
              .importUpdates(
                  CatalogImportRequest.builder("wsus01", List.of("KB5062572")).build(),
                  h.calls(),
                  breakLookupsAfterImport)
              .get(60, java.util.concurrent.TimeUnit.SECONDS);

      assertThat(r.status()).isEqualTo(ImportStatus.FAILED);
      UpdateImport u = r.updates().get(0);
      assertThat(u.status()).isEqualTo(UpdateStatus.FAILED);
      assertThat(u.failure().stage()).isEqualTo(ImportStage.VERIFY);
      assertThat(u.verification().verified()).isFalse();
      assertThat(u.verification().lookups()).isEqualTo(5);
      assertThat(u.verification().detail()).contains("the lookup failed");
      JournalEntry entry = h.journal.get(u.journalEntry());
      assertThat(entry.steps())
          .extracting(JournalStep::state)
          .containsExactly(EntryState.PENDING, EntryState.APPLIED, EntryState.COMPLETED);
      assertThat(entry.steps().get(2).note()).startsWith("NEEDS REVIEW: stopped at VERIFY");
      assertThat(h.wsus.model().imports()).containsExactly(July2025.SERVER2022_2025_07);
    }
  }

  @Test
  void aRefusedApprovalIsUndoneAndTheImportNeedsReview() throws Exception {
    try (ImportHarness h = ImportHarness.start(state)) {
      h.wsus
          .faults()
          .add(
              ClientFault.always(ClientFault.Kind.SERVER_FAULT)
                  .onOperation("ExecuteSPDeployUpdate1"));
      CatalogImportResult r =
          h.run(
              CatalogImportRequest.builder("wsus01", List.of("KB5062572"))
                  .approval(ImportApproval.install("Ring 1 - Pilot"))
                  .build());

      // on the server but not approved: delivered in part
      assertThat(r.status()).isEqualTo(ImportStatus.PARTIAL);
      assertThat(r.kbs().get(0).status()).isEqualTo(KbStatus.PARTIAL);
      UpdateImport u = r.updates().get(0);
      assertThat(u.status()).isEqualTo(UpdateStatus.IMPORTED);
      assertThat(u.succeeded()).isFalse();
      assertThat(u.failure().stage()).isEqualTo(ImportStage.APPROVE);
      assertThat(h.journal.get(u.approval().journalEntry()).state()).isEqualTo(EntryState.UNDONE);
      JournalEntry imported = h.journal.get(u.journalEntry());
      assertThat(imported.state()).isEqualTo(EntryState.COMPLETED);
      assertThat(imported.steps().get(2).note()).contains("NEEDS REVIEW: stopped at APPROVE");
      assertThat(h.wsus.model().approvals()).isEmpty();
    }
  }

  @Test
  void aRunThatEndsMidwayFinishesTheUpdateInHandAndReportsTheRestNotAttempted() throws Exception {
    try (ImportHarness h = ImportHarness.start(state)) {
      java.util.concurrent.atomic.AtomicBoolean end =
          new java.util.concurrent.atomic.AtomicBoolean();
      ImportListener endAfterFirst =
          new ImportListener() {
            @Override
            public void onProgress(String line) {
              if (line.contains("imported and verified")) {
                end.set(true); // e.g. the flight's overall timeout fired
              }
            }
          };
      CatalogImportResult r =
          h.importer
              .importUpdates(
                  CatalogImportRequest.builder("wsus01", List.of("KB5062553", "KB5062572")).build(),
                  h.calls(),
                  endAfterFirst,
                  () -> end.get() ? new IllegalStateException("the sync was canceled") : null)
              .get(60, java.util.concurrent.TimeUnit.SECONDS);

      assertThat(r.status()).isEqualTo(ImportStatus.PARTIAL);
      List<UpdateImport> first = r.kbs().get(0).updates();
      assertThat(first.get(0).status()).isEqualTo(UpdateStatus.IMPORTED);
      assertThat(first.subList(1, first.size()))
          .hasSize(3)
          .allSatisfy(
              u -> {
                assertThat(u.status()).isEqualTo(UpdateStatus.NOT_ATTEMPTED);
                assertThat(u.failure().errorClass()).isEqualTo("CANCELED");
                assertThat(u.failure().message()).contains("the sync was canceled");
              });
      assertThat(r.kbs().get(1).failure().errorClass()).isEqualTo("CANCELED");
      assertThat(h.wsus.model().imports()).hasSize(1);
      // the update in hand was finished and journaled; nothing is left open
      assertThat(h.journalEntries())
          .singleElement()
          .matches(e -> e.state() == EntryState.COMPLETED);
      assertThat(h.journal.read().unfinished()).isEmpty();
    }
  }

  @Test
  void resultAndRequestRoundTripThroughJsonAndHoldNoSecret() throws Exception {
    try (ImportHarness h = ImportHarness.start(state)) {
      CatalogImportRequest request =
          CatalogImportRequest.builder("wsus01", List.of("KB5062572", "KB5000001"))
              .filters(
                  ResolutionCriteria.any()
                      .withArchitecture("x64")
                      .excludingPreviews()
                      .followingSupersedence(3)
                      .withMaxSearchPages(2))
              .approval(
                  new ImportApproval(
                      "Ring 1 - Pilot",
                      ApprovalAction.INSTALL,
                      Instant.parse("2025-07-15T18:00:00Z")))
              .requestedBy("job/wsus-import#7")
              .build();
      CatalogImportResult r = h.run(request);

      String json = JsonFiles.mapper().writeValueAsString(r);
      assertThat(JsonFiles.mapper().readValue(json, CatalogImportResult.class)).isEqualTo(r);
      String requestJson = JsonFiles.mapper().writeValueAsString(request);
      assertThat(JsonFiles.mapper().readValue(requestJson, CatalogImportRequest.class))
          .isEqualTo(request);

      assertThat(json).doesNotContain(ImportHarness.PASSWORD);
      assertThat(String.join("\n", h.log.lines)).doesNotContain(ImportHarness.PASSWORD);
      assertThat(String.join("\n", h.log.steps)).doesNotContain(ImportHarness.PASSWORD);
      try (Stream<Path> files = Files.walk(state)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          assertThat(Files.readString(f, StandardCharsets.UTF_8))
              .as(f.toString())
              .doesNotContain(ImportHarness.PASSWORD);
        }
      }
    }
  }

  @Test
  void badRequestsAreRefusedWithTheirReason() {
    assertThatThrownBy(
            () -> CatalogImportRequest.builder("wsus01", List.of("KB5062572", "hello")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[hello]");
    assertThatThrownBy(() -> CatalogImportRequest.builder("wsus01", List.of()).build())
        .hasMessageContaining("at least one KB");
    assertThatThrownBy(() -> CatalogImportRequest.builder(" ", List.of("KB5062572")).build())
        .hasMessageContaining("server");
    assertThatThrownBy(() -> new ImportApproval("Ring 1 - Pilot", ApprovalAction.ALL, null))
        .hasMessageContaining("ALL");
    assertThatThrownBy(
            () -> ResolutionCriteria.any().withArchitecture("mips").withMaxSearchPages(4))
        .hasMessageContaining("mips");
  }
}
