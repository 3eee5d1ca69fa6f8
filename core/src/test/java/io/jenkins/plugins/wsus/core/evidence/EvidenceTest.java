package io.jenkins.plugins.wsus.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.wsus.core.journal.ChangeJournal;
import io.jenkins.plugins.wsus.core.journal.ChangeRequest;
import io.jenkins.plugins.wsus.core.journal.JournalEntry;
import io.jenkins.plugins.wsus.core.journal.SubscriptionSets;
import io.jenkins.plugins.wsus.core.resilience.BreakerState;
import io.jenkins.plugins.wsus.core.resilience.BreakerTransition;
import io.jenkins.plugins.wsus.core.resilience.Classification;
import io.jenkins.plugins.wsus.core.resilience.ErrorClass;
import io.jenkins.plugins.wsus.core.resilience.RetryNotice;
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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceTest {
  static final String PASSWORD = "S3cr3t&<Pa55>";
  static final Instant T0 = Instant.parse("2025-07-09T08:00:00Z");

  @TempDir Path dir;
  final MutableClock clock = new MutableClock(T0);

  RunRecorder recorder(String runId, String server) {
    return new RunRecorder(
        runId,
        server,
        Map.of(
            "server",
            server,
            "user",
            "CONTOSO\\svc-wsus",
            "password",
            PASSWORD,
            "proxy",
            "http://proxyuser:" + PASSWORD + "@proxy.contoso.local:8080"),
        clock,
        Redactor.forSecrets(List.of(PASSWORD)));
  }

  /** The July 2025 shape: timeouts, retries, breaker opens, quarantine, degraded sync succeeds. */
  RunRecord julyOutageRun() {
    RunRecorder r = recorder("run-2025-07-09-1", "wsus01");
    r.add(EvidenceEvent.attemptStarted(clock.instant(), "StartSubscriptionManually"));
    clock.advance(Duration.ofMinutes(1));
    Classification timeout =
        new Classification(ErrorClass.TRANSIENT_NETWORK, "the upstream did not answer in time");
    r.add(
        EvidenceEvent.error(
            clock.instant(),
            timeout,
            "sync failed: WebException: The operation has timed out (login " + PASSWORD + ")"));
    r.onRetry(
        new RetryNotice(
            "upstream:Microsoft Update", 1, timeout, Duration.ofSeconds(37), false, ""));
    clock.advance(Duration.ofMinutes(20));
    r.onBreakerTransition(
        new BreakerTransition(
            "upstream:Microsoft Update",
            BreakerState.CLOSED,
            BreakerState.OPEN,
            clock.instant(),
            "failure rate 100% reached the 50% threshold"));
    r.add(
        EvidenceEvent.decision(
            clock.instant(),
            EventType.FALLBACK_DECISION,
            "degraded sync without classification Updates",
            "UPSTREAM_METADATA on revisions in <Updates> & the breaker is open"));
    ChangeJournal journal = new ChangeJournal(dir.resolve("journal"), clock);
    UUID updates = UUID.randomUUID();
    JournalEntry entry =
        journal.recordIntent(
            ChangeRequest.quarantine(
                "run-2025-07-09-1",
                "wsus01",
                SubscriptionSets.of(Set.of(updates), Set.of()),
                SubscriptionSets.of(Set.of(), Set.of()),
                "exclude classification Updates",
                "bad revision"));
    r.onJournal(entry);
    clock.advance(Duration.ofSeconds(3));
    r.onJournal(journal.markApplied(entry.id(), "SetSubscription confirmed"));
    clock.advance(Duration.ofHours(2));
    r.add(EvidenceEvent.attemptSucceeded(clock.instant(), "degraded sync succeeded"));
    clock.advance(Duration.ofMinutes(1));
    return r.finish("synchronized without Updates (quarantined)", true, SyncPath.DEGRADED);
  }

  @Test
  void derivesTheOutageWindowFromFirstFailureToFirstSuccess() {
    RunRecord run = julyOutageRun();
    assertThat(run.outage().start()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
    assertThat(run.outage().end())
        .isEqualTo(T0.plus(Duration.ofMinutes(21)).plusSeconds(3).plus(Duration.ofHours(2)));
    assertThat(run.outage().duration()).isEqualTo(Duration.ofMinutes(140).plusSeconds(3));
    assertThat(run.outage().ongoing()).isFalse();
    assertThat(run.events())
        .last()
        .satisfies(e -> assertThat(e.type()).isEqualTo(EventType.OUTCOME));
  }

  @Test
  void anOutageWithoutSuccessIsOngoingAndARunWithoutFailureHasNone() {
    RunRecorder failing = recorder("run-2", "wsus01");
    failing.add(
        EvidenceEvent.error(
            clock.instant(), new Classification(ErrorClass.UPSTREAM_UNAVAILABLE, "503"), "x"));
    clock.advance(Duration.ofMinutes(45));
    RunRecord run = failing.finish("gave up", false, SyncPath.NONE);
    assertThat(run.outage().ongoing()).isTrue();
    assertThat(run.outage().duration()).isEqualTo(Duration.ofMinutes(45));
    // the failed OUTCOME does not end the outage
    assertThat(run.outage().end()).isNull();

    RunRecorder fine = recorder("run-3", "wsus01");
    fine.add(EvidenceEvent.attemptSucceeded(clock.instant(), "sync succeeded"));
    assertThat(fine.finish("synchronized", true, SyncPath.UPSTREAM).outage()).isNull();
  }

  @Test
  void writesJsonWithIsoTimestampsAndReadsItBack() throws IOException {
    EvidenceStore store =
        new EvidenceStore(dir.resolve("evidence"), clock, Duration.ofDays(90), 100);
    RunRecord run = julyOutageRun();
    EvidenceStore.Paths paths = store.save(run);

    String json = Files.readString(paths.json());
    assertThat(json).contains("\"startedAt\" : \"2025-07-09T08:00:00Z\"");
    assertThat(json).contains("\"duration\" : \"PT2H20M3S\"");
    assertThat(json).contains("\"path\" : \"DEGRADED\"");
    assertThat(store.load(run.runId())).isEqualTo(run);
  }

  @Test
  void htmlIsSelfContainedEscapedAndShowsDecisionsJournalAndOutage() throws IOException {
    RunRecorder r = recorder("run-<x>", "<script>alert('wsus')</script>");
    r.add(
        EvidenceEvent.error(
            clock.instant(),
            new Classification(ErrorClass.UPSTREAM_METADATA, "GetUpdateData failed"),
            "SoapException ... Method = \"http://www.microsoft.com/SoftwareDistribution/GetUpdateData\" <img src=x onerror=alert(1)>"));
    RunRecord small = r.finish("failed & quarantined", false, SyncPath.NONE);
    String html = HtmlReport.render(small);

    assertThat(html)
        .doesNotContain("<script")
        .doesNotContain("<img")
        .doesNotContain("onerror=alert(1)>");
    assertThat(html).contains("&lt;script&gt;alert(&#39;wsus&#39;)&lt;/script&gt;");
    assertThat(html).contains("failed &amp; quarantined");
    assertSelfContained(html);

    EvidenceStore store =
        new EvidenceStore(dir.resolve("evidence"), clock, Duration.ofDays(90), 100);
    String full = Files.readString(store.save(julyOutageRun()).html());
    assertSelfContained(full);
    assertThat(full)
        .contains("<h2>Outage window</h2>")
        .contains("2h 20m 03s")
        .contains("degraded sync without classification Updates")
        .contains("UPSTREAM_METADATA on revisions in &lt;Updates&gt; &amp; the breaker is open")
        .contains("<h2>Journal steps</h2>")
        .contains("SetSubscription confirmed")
        .contains("CLOSED -&gt; OPEN")
        .contains("<h2>Timeline</h2>");
  }

  @Test
  void aPasswordGivenAnywhereNeverReachesJsonOrHtml() throws IOException {
    EvidenceStore store =
        new EvidenceStore(dir.resolve("evidence"), clock, Duration.ofDays(90), 100);
    RunRecord run = julyOutageRun();
    EvidenceStore.Paths paths = store.save(run);
    String json = Files.readString(paths.json());
    String html = Files.readString(paths.html());
    for (String text : List.of(json, html, run.toString())) {
      assertThat(text).doesNotContain(PASSWORD).doesNotContain(HtmlReport.esc(PASSWORD));
    }
    assertThat(run.request()).containsEntry("password", Redactor.MASK);
    assertThat(run.request().get("proxy"))
        .isEqualTo("http://proxyuser:" + Redactor.MASK + "@proxy.contoso.local:8080");
    assertThat(json).contains("(login " + Redactor.MASK + ")");
  }

  @Test
  void retentionKeepsTheNewestWithinAgeAndCount() {
    EvidenceStore store = new EvidenceStore(dir.resolve("evidence"), clock, Duration.ofDays(30), 2);
    for (int i = 1; i <= 3; i++) {
      store.save(recorder("run-" + i, "wsus01").finish("ok", true, SyncPath.UPSTREAM));
      clock.advance(Duration.ofDays(1));
    }
    assertThat(store.list()).extracting(RunRecord::runId).containsExactly("run-3", "run-2");
    assertThat(store.pathsOf("run-1").html()).doesNotExist();

    clock.advance(Duration.ofDays(30)); // run-2 now 31 days old, run-3 30 days: boundary kept
    store.save(recorder("run-4", "wsus01").finish("ok", true, SyncPath.UPSTREAM));
    assertThat(store.list()).extracting(RunRecord::runId).containsExactly("run-4");
  }

  /** Parses the page as a browser would: no element may load anything from anywhere. */
  private static void assertSelfContained(String html) {
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("[src], [href], script, link, iframe, object, embed, img")).isEmpty();
    assertThat(doc.select("*").stream().flatMap(e -> e.attributes().asList().stream()))
        .noneMatch(a -> a.getKey().toLowerCase().startsWith("on"));
    assertThat(doc.select("style").html()).doesNotContain("url(").doesNotContain("@import");
    assertThat(html).startsWith("<!DOCTYPE html>");
  }
}
