package io.jenkins.plugins.wsus.simulator.model;

import io.jenkins.plugins.wsus.simulator.scenario.UpstreamScenario;
import io.jenkins.plugins.wsus.simulator.soap.WireLayout;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Decides, from the upstream scenario and the subscription, how a sync runs and ends. Durations are
 * nominal (what a real server takes); the engine scales them. Not thread-safe: the model calls it
 * under its lock.
 */
final class SyncPlanner {

  /** One TCP connect timeout on Windows (about 21 s) before "Unable to connect". */
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(21);

  /** How long TIMING_OUT keeps the sync running before the WebException (July 2025: long). */
  static final Duration UPSTREAM_TIMEOUT = Duration.ofMinutes(10);

  static final Duration STEP = Duration.ofSeconds(3);
  static final int UPDATES_TOTAL_PER_CLASSIFICATION = 40;
  static final int ITEMS_PER_STEP = 20;

  private final Random random;
  private UpstreamScenario flakyScenario;
  private Random flakyRandom;
  private int updateCounter;

  SyncPlanner(long seed) {
    this.random = new Random(seed);
  }

  SyncPlan plan(
      UpstreamScenario scenario,
      Set<UUID> classifications,
      Set<UUID> products,
      boolean categoryOnly,
      Instant now) {
    return switch (scenario.kind()) {
      case HEALTHY -> healthy(classifications, products, categoryOnly, now);
      case UNREACHABLE ->
          failing(
              List.of(step(WireLayout.PHASE_UPDATES, 0, 0, CONNECT_TIMEOUT)),
              SyncError.USS_COMMUNICATION_ERROR,
              WireLayout.TEXT_UNREACHABLE);
      case TIMING_OUT ->
          failing(
              List.of(step(WireLayout.PHASE_UPDATES, 0, 0, UPSTREAM_TIMEOUT)),
              SyncError.USS_COMMUNICATION_ERROR,
              WireLayout.TEXT_TIMED_OUT);
      case TLS_MISMATCH ->
          failing(
              List.of(step(WireLayout.PHASE_UPDATES, 0, 0, Duration.ofSeconds(2))),
              SyncError.USS_COMMUNICATION_ERROR,
              WireLayout.TEXT_TLS_MISMATCH);
      case LOCAL_DB_BUSY ->
          failing(
              List.of(step(WireLayout.PHASE_UPDATES, 0, 0, Duration.ofSeconds(30))),
              SyncError.LOCAL_DB_TOO_BUSY,
              WireLayout.TEXT_LOCAL_DB_BUSY);
      case BAD_REVISION -> badRevision(scenario, classifications, products, categoryOnly, now);
      case FLAKY -> flaky(scenario, classifications, products, categoryOnly, now);
    };
  }

  private SyncPlan healthy(
      Set<UUID> classifications, Set<UUID> products, boolean categoryOnly, Instant now) {
    int total =
        categoryOnly ? 20 : Math.max(1, classifications.size()) * UPDATES_TOTAL_PER_CLASSIFICATION;
    List<SyncPlan.Step> steps = progress(total, total);
    List<UpdateInfo> added = new ArrayList<>();
    if (!categoryOnly) {
      steps.add(step(WireLayout.PHASE_APPROVALS, 0, 0, STEP));
      for (UUID c : classifications) {
        if (random.nextInt(3) > 0) {
          added.add(newUpdate(c, products, now));
        }
      }
    }
    return new SyncPlan(steps, SyncPlan.Ending.SUCCESS, added);
  }

  private SyncPlan badRevision(
      UpstreamScenario scenario,
      Set<UUID> classifications,
      Set<UUID> products,
      boolean categoryOnly,
      Instant now) {
    Optional<Category> bad =
        scenario.badClassifications().stream()
            .map(KnownCategories::classificationByName)
            .flatMap(Optional::stream)
            .filter(c -> classifications.contains(c.id()))
            .findFirst();
    if (bad.isEmpty() || categoryOnly) {
      return healthy(classifications, products, categoryOnly, now);
    }
    int total = Math.max(1, classifications.size()) * UPDATES_TOTAL_PER_CLASSIFICATION;
    UUID badUpdate = new UUID(random.nextLong(), random.nextLong());
    return new SyncPlan(
        progress(total, total * 3 / 5),
        new SyncPlan.Ending(
            SyncError.IMPORT_UPDATE_ERROR,
            WireLayout.textBadRevision(bad.get().title(), badUpdate.toString())),
        List.of());
  }

  private SyncPlan flaky(
      UpstreamScenario scenario,
      Set<UUID> classifications,
      Set<UUID> products,
      boolean categoryOnly,
      Instant now) {
    if (!scenario.equals(flakyScenario)) {
      flakyScenario = scenario;
      flakyRandom = new Random(scenario.seed());
    }
    if (flakyRandom.nextDouble() >= scenario.failureProbability()) {
      return healthy(classifications, products, categoryOnly, now);
    }
    String[] texts = {
      WireLayout.TEXT_UNREACHABLE, WireLayout.TEXT_RECEIVE_CLOSED, WireLayout.TEXT_TIMED_OUT
    };
    String text = texts[flakyRandom.nextInt(texts.length)];
    int total = Math.max(1, classifications.size()) * UPDATES_TOTAL_PER_CLASSIFICATION;
    return new SyncPlan(
        progress(total, flakyRandom.nextInt(total)),
        new SyncPlan.Ending(SyncError.USS_COMMUNICATION_ERROR, text),
        List.of());
  }

  private static SyncPlan failing(List<SyncPlan.Step> steps, SyncError error, String text) {
    return new SyncPlan(steps, new SyncPlan.Ending(error, text), List.of());
  }

  /** Updates-phase steps from 0 to {@code upTo} of {@code total}. */
  private static List<SyncPlan.Step> progress(int total, int upTo) {
    List<SyncPlan.Step> steps = new ArrayList<>();
    for (int done = 0; done < upTo; done += ITEMS_PER_STEP) {
      steps.add(step(WireLayout.PHASE_UPDATES, total, done, STEP));
    }
    steps.add(step(WireLayout.PHASE_UPDATES, total, upTo, STEP));
    return steps;
  }

  private static SyncPlan.Step step(int phase, int total, int processed, Duration nominal) {
    return new SyncPlan.Step(phase, total, processed, nominal);
  }

  private UpdateInfo newUpdate(UUID classification, Set<UUID> products, Instant now) {
    int n = ++updateCounter;
    String kb = Integer.toString(5_062_000 + random.nextInt(9_000));
    Category c = KnownCategories.byId(classification).orElseThrow();
    List<UUID> productList = products.isEmpty() ? List.of() : List.of(products.iterator().next());
    String productTitle =
        productList.isEmpty()
            ? "Windows"
            : KnownCategories.byId(productList.get(0)).map(Category::title).orElse("Windows");
    String title = String.format("%s for %s (KB%s) #%d", singular(c.title()), productTitle, kb, n);
    return new UpdateInfo(
        new UUID(random.nextLong(), random.nextLong()),
        200 + random.nextInt(100),
        title,
        kb,
        classification,
        productList,
        now,
        false,
        UpdateInfo.Origin.SYNC);
  }

  private static String singular(String classificationTitle) {
    return classificationTitle.endsWith("s")
        ? classificationTitle.substring(0, classificationTitle.length() - 1)
        : classificationTitle;
  }
}
