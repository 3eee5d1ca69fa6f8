package io.jenkins.plugins.wsus.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.wsus.core.state.MutableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeJournalTest {
  static final UUID SECURITY = UUID.fromString("0fa1201d-4330-4fa8-8ae9-b877473b6441");
  static final UUID CRITICAL = UUID.fromString("e6cf1350-c01b-414d-a61f-263d14d133b4");
  static final UUID UPDATES = UUID.fromString("cd5ffd1e-e932-4e3a-bf74-18bf0b1bbd83");
  static final UUID WINDOWS_11 = UUID.fromString("72e7624a-5b00-45d2-b92f-e561c0a6a160");
  static final UUID SERVER_2022 = UUID.fromString("2c7888b6-f9e9-4ee9-87af-a77705193893");

  static final SubscriptionSets ORIGINAL =
      SubscriptionSets.of(Set.of(SECURITY, CRITICAL, UPDATES), Set.of(WINDOWS_11));
  static final SubscriptionSets QUARANTINED =
      SubscriptionSets.of(Set.of(SECURITY, CRITICAL), Set.of(WINDOWS_11));

  @TempDir Path dir;
  final MutableClock clock = new MutableClock(Instant.parse("2025-07-09T08:00:00Z"));

  ChangeJournal journal() {
    return new ChangeJournal(dir, clock);
  }

  static ChangeRequest quarantine() {
    return ChangeRequest.quarantine(
        "run-42",
        "wsus01",
        ORIGINAL,
        QUARANTINED,
        "exclude classification Updates",
        "UPSTREAM_METADATA: ImportUpdateError on a revision in Updates");
  }

  @Test
  void walksThroughEveryStateDurably() {
    ChangeJournal journal = journal();
    JournalEntry entry = journal.recordIntent(quarantine());
    assertThat(entry.state()).isEqualTo(EntryState.PENDING);
    assertThat(journal.read().quarantinesOn("wsus01")).containsExactly(entry);
    assertThat(journal.read().quarantinesOn("wsus02")).isEmpty();
    assertThat(dir.resolve(entry.id() + ".json")).exists();
    assertThat(journal().get(entry.id())).isEqualTo(entry); // a fresh instance reads it back

    clock.advance(Duration.ofSeconds(5));
    journal.markApplied(entry.id(), "SetSubscription confirmed");
    clock.advance(Duration.ofMinutes(30));
    JournalEntry done =
        journal.markCompleted(entry.id(), "degraded sync done; Updates re-included");

    assertThat(done.state()).isEqualTo(EntryState.COMPLETED);
    assertThat(done.steps())
        .extracting(JournalStep::state)
        .containsExactly(EntryState.PENDING, EntryState.APPLIED, EntryState.COMPLETED);
    assertThat(done.lastChangedAt()).isEqualTo(Instant.parse("2025-07-09T08:30:05Z"));
    assertThat(journal().read().unfinished()).isEmpty();
    assertThat(journal().read().quarantinesOn("wsus01")).isEmpty();
    assertThat(done.describe())
        .containsEntry("server", "wsus01")
        .containsEntry("state", "COMPLETED");
  }

  @Test
  void refusesStepsAfterTheEnd() {
    ChangeJournal journal = journal();
    JournalEntry entry = journal.recordIntent(quarantine());
    journal.markUndone(entry.id(), "SetSubscription failed");
    assertThatThrownBy(() -> journal.markApplied(entry.id(), "late"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(entry.id())
        .hasMessageContaining("already UNDONE");
  }

  @Test
  void recoversAPendingEntryWhoseChangeNeverReachedTheServer() {
    journal().recordIntent(quarantine());
    InMemoryServer server = new InMemoryServer(ORIGINAL);

    RecoveryReport report = journal().recover(name -> server);

    assertThat(report.outcomes())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.result()).isEqualTo(RecoveryReport.Result.UNDONE);
              assertThat(o.message()).contains("already had the original sets");
            });
    assertThat(server.restores).hasValue(0);
    assertThat(journal().read().unfinished()).isEmpty();
    assertThat(report.clean()).isTrue();
  }

  @Test
  void recoversAPendingEntryWhoseChangeReachedTheServerBeforeTheCrash() {
    journal().recordIntent(quarantine());
    InMemoryServer server = new InMemoryServer(QUARANTINED);

    RecoveryReport report = journal().recover(name -> server);

    assertThat(report.outcomes().get(0).result()).isEqualTo(RecoveryReport.Result.UNDONE);
    assertThat(server.sets).isEqualTo(ORIGINAL);
    assertThat(server.restores).hasValue(1);
  }

  @Test
  void recoversAnAppliedEntryAndKeepsWhatAnAdministratorChangedMeanwhile() {
    ChangeJournal journal = journal();
    JournalEntry entry = journal.recordIntent(quarantine());
    journal.markApplied(entry.id(), "confirmed");
    InMemoryServer server =
        new InMemoryServer(
            SubscriptionSets.of(Set.of(SECURITY, CRITICAL), Set.of(WINDOWS_11, SERVER_2022)));

    journal().recover(name -> server);

    assertThat(server.sets)
        .isEqualTo(
            SubscriptionSets.of(
                Set.of(SECURITY, CRITICAL, UPDATES), Set.of(WINDOWS_11, SERVER_2022)));
    assertThat(journal().get(entry.id()).state()).isEqualTo(EntryState.UNDONE);
  }

  @Test
  void completesAnAppliedEntryWhosePolicyKeepsTheChange() {
    ChangeRequest keep =
        new ChangeRequest(
            "run-7",
            "wsus01",
            ChangeKind.SUBSCRIPTION,
            ORIGINAL,
            QUARANTINED,
            "exclude Updates for good",
            "operator decision",
            CompletionPolicy.KEEP_CHANGE,
            Map.of());
    JournalEntry entry = journal().recordIntent(keep);
    journal().markApplied(entry.id(), "confirmed");
    InMemoryServer server = new InMemoryServer(QUARANTINED);

    RecoveryReport report = journal().recover(name -> server);

    assertThat(report.outcomes().get(0).result()).isEqualTo(RecoveryReport.Result.COMPLETED);
    assertThat(server.sets).isEqualTo(QUARANTINED);
    assertThat(server.restores).hasValue(0);
  }

  @Test
  void aCrashInTheMiddleOfRecoveryIsRepairedByTheNextRecovery() {
    JournalEntry entry = journal().recordIntent(quarantine());
    journal().markApplied(entry.id(), "confirmed");
    InMemoryServer server = new InMemoryServer(QUARANTINED);
    server.crashAfterRestore = true;

    RecoveryReport first = journal().recover(name -> server);
    assertThat(first.outcomes().get(0).result()).isEqualTo(RecoveryReport.Result.FAILED);
    assertThat(first.outcomes().get(0).message()).contains("stays open");
    assertThat(journal().get(entry.id()).state()).isEqualTo(EntryState.APPLIED);

    server.crashAfterRestore = false;
    RecoveryReport second = journal().recover(name -> server);
    assertThat(second.outcomes().get(0).result()).isEqualTo(RecoveryReport.Result.UNDONE);
    assertThat(server.restores).hasValue(1); // restoring again was not needed
    assertThat(server.sets).isEqualTo(ORIGINAL);

    assertThat(journal().recover(name -> server).outcomes()).isEmpty();
  }

  @Test
  void anUnreachableOrUnknownServerLeavesTheEntryOpen() {
    JournalEntry entry = journal().recordIntent(quarantine());
    InMemoryServer server = new InMemoryServer(QUARANTINED);
    server.down = true;

    assertThat(journal().recover(name -> server).outcomes().get(0).message())
        .contains("Connection refused");
    assertThat(journal().recover(name -> null).outcomes().get(0))
        .satisfies(
            o -> assertThat(o.message()).contains("no connection configured for server wsus01"));
    assertThat(journal().get(entry.id()).state()).isEqualTo(EntryState.PENDING);
  }

  @Test
  void approvalsAreClosedForReview() {
    journal()
        .recordIntent(
            new ChangeRequest(
                "run-9",
                "wsus01",
                ChangeKind.APPROVAL,
                null,
                null,
                "approve KB5040442 for Ring 1",
                "gate passed",
                CompletionPolicy.KEEP_CHANGE,
                Map.of("updateId", "1b0b70c0-0000-0000-0000-000000000000")));
    RecoveryReport report = journal().recover(name -> null);
    assertThat(report.outcomes().get(0).result()).isEqualTo(RecoveryReport.Result.NEEDS_REVIEW);
    assertThat(report.outcomes().get(0).message()).contains("approve KB5040442 for Ring 1");
    assertThat(report.clean()).isFalse();
    assertThat(journal().read().unfinished()).isEmpty();
  }

  @Test
  void anApprovalThisProcessIsStillMakingIsLeftAloneByRecovery() {
    ChangeJournal running = journal();
    JournalEntry live =
        running.recordIntent(
            new ChangeRequest(
                "run-10",
                "wsus02",
                ChangeKind.APPROVAL,
                null,
                null,
                "approve KB5062572 for Ring 1",
                "another job",
                CompletionPolicy.KEEP_CHANGE,
                Map.of("updateId", "899c02da-1f4d-3b4d-a0ce-293760fd8754")));
    // A sync of another server recovers its journal while the approval is in flight.
    assertThat(running.recover(name -> null).outcomes()).isEmpty();
    assertThat(running.get(live.id()).state()).isEqualTo(EntryState.PENDING);
    // After a restart, the same entry is an interrupted change: closed for review.
    assertThat(journal().recover(name -> null).outcomes())
        .singleElement()
        .satisfies(o -> assertThat(o.result()).isEqualTo(RecoveryReport.Result.NEEDS_REVIEW));
  }

  @Test
  void reportsTornAndTamperedFilesByNameAndKeepsThem() throws IOException {
    JournalEntry good = journal().recordIntent(quarantine());
    JournalEntry tampered = journal().recordIntent(quarantine());
    Path tamperedFile = dir.resolve(tampered.id() + ".json");
    Files.writeString(tamperedFile, Files.readString(tamperedFile).replace("wsus01", "wsus02"));
    Path torn = dir.resolve("20250709T080000000Z-deadbeef.json");
    Files.writeString(torn, "{\"version\":1,\"sha256\":\"ab\",\"entry\":{\"id\":\"2025");

    JournalContents contents = journal().read();

    assertThat(contents.entries()).extracting(JournalEntry::id).containsExactly(good.id());
    assertThat(contents.corrupt())
        .extracting(CorruptJournalFile::file)
        .containsExactlyInAnyOrder(tamperedFile, torn);
    assertThat(contents.corrupt())
        .anySatisfy(
            c -> assertThat(c.problem()).contains("checksum mismatch").contains(tampered.id()));
    assertThat(contents.corrupt())
        .anySatisfy(c -> assertThat(c.problem()).contains("not valid JSON"));

    RecoveryReport report = journal().recover(name -> new InMemoryServer(ORIGINAL));
    assertThat(report.corrupt()).hasSize(2);
    assertThat(report.clean()).isFalse();
    assertThat(torn).exists();
    assertThat(tamperedFile).exists();
  }

  @Test
  void prunesOnlyOldFinishedEntries() {
    ChangeJournal journal = journal();
    JournalEntry old = journal.recordIntent(quarantine());
    journal.markUndone(old.id(), "failed");
    JournalEntry oldOpen = journal.recordIntent(quarantine());
    clock.advance(Duration.ofDays(40));
    JournalEntry recent = journal.recordIntent(quarantine());
    journal.markApplied(recent.id(), "ok");
    journal.markCompleted(recent.id(), "ok");

    List<Path> deleted = journal.prune(Duration.ofDays(30));

    assertThat(deleted).containsExactly(dir.resolve(old.id() + ".json"));
    assertThat(journal.read().entries())
        .extracting(JournalEntry::id)
        .containsExactly(oldOpen.id(), recent.id());
  }

  @Test
  void undoIsIdempotent() {
    SubscriptionSets current =
        SubscriptionSets.of(Set.of(SECURITY), Set.of(WINDOWS_11, SERVER_2022));
    SubscriptionSets once = SubscriptionSets.undo(current, ORIGINAL, QUARANTINED);
    assertThat(SubscriptionSets.undo(once, ORIGINAL, QUARANTINED)).isEqualTo(once);
    assertThat(once.classificationIds()).containsExactlyInAnyOrder(SECURITY, UPDATES);
  }
}
