package io.jenkins.plugins.wsus.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.wsus.simulator.catalog.CatalogDataset;
import io.jenkins.plugins.wsus.simulator.catalog.CatalogDataset.July2025;
import io.jenkins.plugins.wsus.simulator.catalog.CatalogSimulator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link CatalogResolver} against the catalog simulator over real HTTP. */
@Timeout(60)
class CatalogResolverTest {
  private CatalogSimulator.Running running;
  private CatalogClient client;
  private CatalogResolver resolver;

  @BeforeEach
  void start() {
    running = CatalogSimulator.start(CatalogDataset.defaultDataset());
    client =
        new CatalogClient(
            CatalogClientConfig.defaults()
                .withBaseUrl(running.baseUri())
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(20)));
    resolver = new CatalogResolver(client);
  }

  @AfterEach
  void stop() {
    client.close();
    running.close();
  }

  private static Map<UUID, CandidateDecision> byId(Resolution r) {
    return r.candidates().stream()
        .collect(Collectors.toMap(CandidateDecision::updateId, Function.identity()));
  }

  @Test
  void withoutFiltersEveryRowNamingTheKbIsChosenInDocumentedOrder() {
    Resolution r = resolver.resolve("KB5062553", ResolutionCriteria.any());

    assertThat(r.kb()).isEqualTo("5062553");
    assertThat(r.query()).isEqualTo("KB5062553");
    assertThat(r.searchComplete()).isTrue();
    // Same date, so title order decides: "...Cumulative Update for Microsoft server..." <
    // "...for Windows 11 ... ARM64" < "... x64" < "2025-07 Dynamic ...".
    assertThat(r.chosen())
        .containsExactly(
            July2025.SERVER2025_2025_07,
            July2025.WIN11_24H2_2025_07_ARM64,
            July2025.WIN11_24H2_2025_07_X64,
            July2025.WIN11_24H2_2025_07_DYNAMIC_X64);
    assertThat(r.candidates())
        .allSatisfy(c -> assertThat(c.reason()).isEqualTo(CandidateReason.CHOSEN));
  }

  @Test
  void filtersNarrowToOneUpdateAndExplainEverySkip() {
    ResolutionCriteria c =
        ResolutionCriteria.any()
            .withProduct("windows 11")
            .withArchitecture("x64")
            .withClassification("Security Updates")
            .excludingDynamicUpdates();

    Resolution r = resolver.resolve("5062553", c);

    assertThat(r.chosen()).containsExactly(July2025.WIN11_24H2_2025_07_X64);
    Map<UUID, CandidateDecision> d = byId(r);
    assertThat(d).hasSize(4);
    assertThat(d.get(July2025.SERVER2025_2025_07).reason())
        .isEqualTo(CandidateReason.PRODUCT_MISMATCH);
    assertThat(d.get(July2025.SERVER2025_2025_07).explanation())
        .isEqualTo(
            "Products [Microsoft Server operating system-24H2] do not include 'windows 11'.");
    assertThat(d.get(July2025.WIN11_24H2_2025_07_ARM64).reason())
        .isEqualTo(CandidateReason.ARCHITECTURE_MISMATCH);
    assertThat(d.get(July2025.WIN11_24H2_2025_07_ARM64).explanation())
        .isEqualTo("Architecture ARM64 is not x64.");
    assertThat(d.get(July2025.WIN11_24H2_2025_07_DYNAMIC_X64).reason())
        .isEqualTo(CandidateReason.DYNAMIC_UPDATE_EXCLUDED);
    assertThat(d.get(July2025.WIN11_24H2_2025_07_X64).chosen()).isTrue();
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void previewsCanBeExcluded() {
    Resolution kept = resolver.resolve("KB5060829", ResolutionCriteria.any());
    assertThat(kept.chosen()).containsExactly(July2025.WIN11_24H2_2025_06_PREVIEW_X64);

    Resolution excluded =
        resolver.resolve("KB5060829", ResolutionCriteria.any().excludingPreviews());
    assertThat(excluded.chosen()).isEmpty();
    assertThat(excluded.candidates())
        .singleElement()
        .satisfies(c -> assertThat(c.reason()).isEqualTo(CandidateReason.PREVIEW_EXCLUDED));
    assertThat(excluded.warnings())
        .containsExactly("No catalog update for KB5060829 passes the filters.");
  }

  @Test
  void resolutionDoesNotDependOnTheCatalogsRowOrder() {
    ResolutionCriteria c = ResolutionCriteria.any().withProduct("Windows 11");
    Resolution reference = resolver.resolve("KB5062553", c);
    for (long seed = 1; seed <= 5; seed++) {
      running.simulator().setRowOrderSeed(seed);
      Resolution shuffled = resolver.resolve("KB5062553", c);
      assertThat(shuffled.chosen()).isEqualTo(reference.chosen());
      assertThat(shuffled.candidates()).isEqualTo(reference.candidates());
    }
    // The Dynamic Update lists product "Windows 11 GDR-DU", not "Windows 11".
    assertThat(reference.chosen())
        .containsExactly(July2025.WIN11_24H2_2025_07_ARM64, July2025.WIN11_24H2_2025_07_X64);
  }

  @Test
  void supersededUpdateGivesWayToItsNewestEligibleSuperseder() {
    ResolutionCriteria c = ResolutionCriteria.any().followingSupersedence(5);

    Resolution r = resolver.resolve("KB5060842", c);

    assertThat(r.chosen()).containsExactly(July2025.WIN11_24H2_2025_07_X64);
    Map<UUID, CandidateDecision> d = byId(r);
    assertThat(d.get(July2025.WIN11_24H2_2025_06_X64).reason())
        .isEqualTo(CandidateReason.SUPERSEDED);
    assertThat(d.get(July2025.WIN11_24H2_2025_06_X64).explanation())
        .startsWith("Superseded by " + July2025.WIN11_24H2_2025_07_X64);
    assertThat(d.get(July2025.WIN11_24H2_2025_07_X64).reason())
        .isEqualTo(CandidateReason.CHOSEN_AS_SUPERSEDER);
    assertThat(d.get(July2025.WIN11_24H2_2025_06_PREVIEW_X64).reason())
        .isEqualTo(CandidateReason.SUPERSEDER_NOT_CHOSEN);

    Resolution noPreviews = resolver.resolve("KB5060842", c.excludingPreviews());
    assertThat(noPreviews.chosen()).containsExactly(July2025.WIN11_24H2_2025_07_X64);
    assertThat(byId(noPreviews).get(July2025.WIN11_24H2_2025_06_PREVIEW_X64).reason())
        .isEqualTo(CandidateReason.PREVIEW_EXCLUDED);
    assertThat(byId(noPreviews).get(July2025.WIN11_24H2_2025_06_PREVIEW_X64).explanation())
        .startsWith("Superseder of " + July2025.WIN11_24H2_2025_06_X64 + ": ");

    Resolution server = resolver.resolve("KB5060526", c);
    assertThat(server.chosen()).containsExactly(July2025.SERVER2022_2025_07);
  }

  @Test
  void supersedenceIsNotFollowedUnlessAsked() {
    Resolution r = resolver.resolve("KB5060526", ResolutionCriteria.any());
    assertThat(r.chosen()).containsExactly(July2025.SERVER2022_2025_06);
  }

  @Test
  void supersedenceWalkStopsAtTheDepthLimit() {
    UUID a = CatalogDataset.idOf("chain-a");
    UUID b = CatalogDataset.idOf("chain-b");
    UUID cc = CatalogDataset.idOf("chain-c");
    UUID d = CatalogDataset.idOf("chain-d");
    running
        .simulator()
        .setDataset(
            CatalogDataset.of(
                List.of(
                    update(a, "2025-04", "KB5900001").supersededBy(b).date(2025, 4, 8).build(),
                    update(b, "2025-05", "KB5900002").supersededBy(cc).date(2025, 5, 13).build(),
                    update(cc, "2025-06", "KB5900003").supersededBy(d).date(2025, 6, 10).build(),
                    update(d, "2025-07", "KB5900004").date(2025, 7, 8).build())));

    Resolution limited =
        resolver.resolve("KB5900001", ResolutionCriteria.any().followingSupersedence(2));
    assertThat(limited.chosen()).containsExactly(cc);
    assertThat(byId(limited).get(cc).reason()).isEqualTo(CandidateReason.CHOSEN_STILL_SUPERSEDED);
    assertThat(byId(limited).get(cc).explanation()).contains("depth limit of 2");
    assertThat(byId(limited).get(a).reason()).isEqualTo(CandidateReason.SUPERSEDED);
    assertThat(byId(limited).get(b).reason()).isEqualTo(CandidateReason.SUPERSEDED);

    Resolution full =
        resolver.resolve("KB5900001", ResolutionCriteria.any().followingSupersedence(5));
    assertThat(full.chosen()).containsExactly(d);
    assertThat(byId(full).get(d).reason()).isEqualTo(CandidateReason.CHOSEN_AS_SUPERSEDER);
  }

  @Test
  void supersedenceCycleStops() {
    UUID a = CatalogDataset.idOf("cycle-a");
    UUID b = CatalogDataset.idOf("cycle-b");
    running
        .simulator()
        .setDataset(
            CatalogDataset.of(
                List.of(
                    update(a, "2025-06", "KB5900011").supersededBy(b).build(),
                    update(b, "2025-07", "KB5900012").supersededBy(a).build())));

    Resolution r =
        resolver.resolve("KB5900011", ResolutionCriteria.any().followingSupersedence(10));

    assertThat(r.chosen()).containsExactly(b);
    assertThat(byId(r).get(b).reason()).isEqualTo(CandidateReason.CHOSEN_STILL_SUPERSEDED);
    assertThat(byId(r).get(b).explanation()).contains("cycle");
  }

  @Test
  void supersederTheCatalogNoLongerServesIsSkippedWithItsReason() {
    UUID a = CatalogDataset.idOf("gone-a");
    UUID gone = UUID.fromString("00000000-0000-0000-0000-00000000dead");
    running
        .simulator()
        .setDataset(
            CatalogDataset.of(
                List.of(update(a, "2025-06", "KB5900041").supersededBy(gone).build())));

    Resolution r = resolver.resolve("KB5900041", ResolutionCriteria.any().followingSupersedence(3));

    assertThat(r.chosen()).containsExactly(a);
    assertThat(byId(r).get(a).reason()).isEqualTo(CandidateReason.CHOSEN_STILL_SUPERSEDED);
    assertThat(byId(r).get(gone).reason()).isEqualTo(CandidateReason.SUPERSEDER_UNREADABLE);
    assertThat(byId(r).get(gone).explanation()).contains("HTTP 404");
  }

  @Test
  void transientCatalogFailureDuringResolutionPropagates() {
    running
        .simulator()
        .setScenario(io.jenkins.plugins.wsus.simulator.catalog.CatalogScenario.errorPageAlways());
    assertThatThrownBy(() -> resolver.resolve("KB5062553", ResolutionCriteria.any()))
        .isInstanceOfSatisfying(
            CatalogUnavailableException.class, e -> assertThat(e.isTransient()).isTrue());
  }

  @Test
  void languageFilterReadsTheDetailsPage() {
    UUID en = CatalogDataset.idOf("lang-en");
    UUID all = CatalogDataset.idOf("lang-all");
    running
        .simulator()
        .setDataset(
            CatalogDataset.of(
                List.of(
                    update(en, "2025-07", "KB5900021").languages("English").build(),
                    CatalogDataset.entry(
                            all,
                            "2025-07 Cumulative Update for Windows 11 Version 24H2 for ARM64-based Systems (KB5900021)")
                        .languages("all")
                        .build())));

    Resolution r = resolver.resolve("KB5900021", ResolutionCriteria.any().withLanguage("German"));

    assertThat(r.chosen()).containsExactly(all);
    assertThat(byId(r).get(en).reason()).isEqualTo(CandidateReason.LANGUAGE_MISMATCH);
  }

  @Test
  void rowsThatDoNotNameTheKbAreSkipped() {
    UUID other = CatalogDataset.idOf("mentions");
    running
        .simulator()
        .setDataset(
            CatalogDataset.of(
                List.of(
                    CatalogDataset.entry(
                            other, "Servicing stack update for Windows 11 Version 24H2")
                        .kb("5900031")
                        .build())));

    Resolution r = resolver.resolve("KB5900031", ResolutionCriteria.any());

    assertThat(r.chosen()).isEmpty();
    assertThat(byId(r).get(other).reason()).isEqualTo(CandidateReason.KB_MISMATCH);
  }

  @Test
  void unknownKbResolvesToNothingWithAWarning() {
    Resolution r = resolver.resolve("KB5000001", ResolutionCriteria.any());
    assertThat(r.isResolved()).isFalse();
    assertThat(r.candidates()).isEmpty();
    assertThat(r.warnings()).containsExactly("The catalog has no result for 'KB5000001'.");
  }

  @Test
  void severalKbsInInputOrder() {
    List<Resolution> all =
        resolver.resolve(
            List.of("KB5062572", "kb5062554"), ResolutionCriteria.any().withArchitecture("x64"));
    assertThat(all).extracting(Resolution::kb).containsExactly("5062572", "5062554");
    assertThat(all.get(0).chosen()).containsExactly(July2025.SERVER2022_2025_07);
    assertThat(all.get(1).chosen()).containsExactly(July2025.WIN10_22H2_2025_07_X64);
  }

  @Test
  void badInputIsRejectedClearly() {
    assertThatThrownBy(() -> resolver.resolve("Windows", ResolutionCriteria.any()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a KB number: 'Windows'");
    assertThatThrownBy(() -> ResolutionCriteria.any().withArchitecture("sparc"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x64, x86 or ARM64");
  }

  private static CatalogDataset.EntryBuilder update(UUID id, String month, String kb) {
    return CatalogDataset.entry(
        id,
        month
            + " Cumulative Update for Windows 11 Version 24H2 for x64-based Systems ("
            + kb
            + ")");
  }
}
