package io.jenkins.plugins.wsus.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The bisection's correctness and its bounds, exhaustively over small sets: test(X) succeeds iff X
 * contains every bad candidate (the monotone model of a sync with X excluded).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class QuarantineBisectorTest {

  private static QuarantineBisector.Result<Integer> bisect(int c, Set<Integer> bad) {
    List<Integer> candidates = IntStream.range(0, c).boxed().toList();
    return new QuarantineBisector<Integer>(
            candidates, x -> CompletableFuture.completedFuture(x.containsAll(bad)))
        .run()
        .join();
  }

  @Test
  void boundsAreTheStatedFormulas() {
    assertThat(QuarantineBisector.boundForOne(12)).isEqualTo(5);
    assertThat(QuarantineBisector.boundForOne(16)).isEqualTo(5);
    assertThat(QuarantineBisector.boundForOne(17)).isEqualTo(6);
    assertThat(QuarantineBisector.boundForOne(1)).isEqualTo(1);
    assertThat(QuarantineBisector.boundFor(2, 12)).isEqualTo(11);
  }

  @Test
  void oneBadAmongTwelveIsIsolatedWithinCeilLog2PlusOne() {
    for (int b = 0; b < 12; b++) {
      QuarantineBisector.Result<Integer> r = bisect(12, Set.of(b));
      assertThat(r.verdict()).isEqualTo(QuarantineBisector.Verdict.ISOLATED);
      assertThat(r.quarantine()).containsExactly(b);
      assertThat(r.tests()).as("tests for bad index %d", b).isLessThanOrEqualTo(5);
    }
  }

  @Test
  void oneBadWithinBoundForEverySizeUpTo40() {
    for (int c = 1; c <= 40; c++) {
      for (int b = 0; b < c; b++) {
        QuarantineBisector.Result<Integer> r = bisect(c, Set.of(b));
        assertThat(r.quarantine()).containsExactly(b);
        assertThat(r.tests()).isLessThanOrEqualTo(QuarantineBisector.boundForOne(c));
      }
    }
  }

  @Test
  void kBadWithinTheStatedBoundForEveryPairAndTriple() {
    int c = 12;
    List<Set<Integer>> sets = new ArrayList<>();
    for (int i = 0; i < c; i++) {
      for (int j = i + 1; j < c; j++) {
        sets.add(Set.of(i, j));
        for (int k = j + 1; k < c; k++) {
          sets.add(Set.of(i, j, k));
        }
      }
    }
    for (Set<Integer> bad : sets) {
      QuarantineBisector.Result<Integer> r = bisect(c, bad);
      assertThat(r.verdict()).isEqualTo(QuarantineBisector.Verdict.ISOLATED);
      assertThat(r.quarantine()).containsExactlyInAnyOrderElementsOf(bad);
      assertThat(r.tests())
          .as("tests for bad %s", bad)
          .isLessThanOrEqualTo(QuarantineBisector.boundFor(bad.size(), c));
    }
  }

  @Test
  void failureNotBoundToCandidatesIsReportedAsSuch() {
    List<Integer> candidates = IntStream.range(0, 12).boxed().toList();
    QuarantineBisector.Result<Integer> r =
        new QuarantineBisector<Integer>(candidates, x -> CompletableFuture.completedFuture(false))
            .run()
            .join();
    assertThat(r.verdict()).isEqualTo(QuarantineBisector.Verdict.NOT_CLASSIFICATION_BOUND);
    assertThat(r.quarantine()).isEmpty();
    assertThat(r.tests()).isLessThanOrEqualTo(QuarantineBisector.boundForOne(12) + 1);
    assertThat(r.explanation()).contains("not caused by a classification");
  }

  @Test
  void anAbortingTestAbortsTheBisection() {
    List<Integer> candidates = IntStream.range(0, 12).boxed().toList();
    CompletableFuture<QuarantineBisector.Result<Integer>> run =
        new QuarantineBisector<Integer>(
                candidates,
                x -> CompletableFuture.failedFuture(new IllegalStateException("upstream gone")))
            .run();
    assertThat(run).isCompletedExceptionally();
  }
}
