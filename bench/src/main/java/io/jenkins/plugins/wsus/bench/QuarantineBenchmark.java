package io.jenkins.plugins.wsus.bench;

import io.jenkins.plugins.wsus.core.engine.QuarantineBisector;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

/**
 * Syncs needed to isolate the bad classifications among 12, by the engine's bisection vs. the naive
 * one-at-a-time exclusion, over every placement of 1 and of 2 bad classifications. A sync with X
 * excluded succeeds iff X contains every bad classification (the simulator's BAD_REVISION model).
 * Targets: 1 bad among 12 in at most 5 syncs.
 */
public final class QuarantineBenchmark {

  private static final int C = 12;

  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the benchmark and prints the figures. */
  public static void run(PrintStream out) {
    out.println("QuarantineBenchmark: syncs to isolate bad classifications among " + C);
    report(out, 1, placements(1));
    report(out, 2, placements(2));
  }

  private static void report(PrintStream out, int k, List<Set<Integer>> placements) {
    int worstBisect = 0;
    int worstNaive = 0;
    int worstSubsets = 0;
    long sumBisect = 0;
    long sumNaive = 0;
    long sumSubsets = 0;
    for (Set<Integer> bad : placements) {
      int b = bisect(bad);
      int n = naive(bad);
      int s = subsets(bad);
      worstBisect = Math.max(worstBisect, b);
      worstNaive = Math.max(worstNaive, n);
      worstSubsets = Math.max(worstSubsets, s);
      sumBisect += b;
      sumNaive += n;
      sumSubsets += s;
    }
    double meanBisect = (double) sumBisect / placements.size();
    double meanNaive = (double) sumNaive / placements.size();
    double meanSubsets = (double) sumSubsets / placements.size();
    out.printf(
        "  k=%d (%d placements): bisection worst %d, mean %.2f (stated bound %d)%n",
        k, placements.size(), worstBisect, meanBisect, QuarantineBisector.boundFor(k, C));
    out.printf(
        "    naive exclude-one-more-then-put-back: worst %d, mean %.2f (ratio %.2fx)%n",
        worstNaive, meanNaive, meanNaive / meanBisect);
    out.printf(
        "    naive exclude-singles-then-pairs:     worst %d, mean %.2f (ratio %.2fx)%n",
        worstSubsets, meanSubsets, meanSubsets / meanBisect);
    if (k == 1) {
      out.printf(
          "  target: 1 bad among 12 in <= 5 syncs: %s%n", worstBisect <= 5 ? "MET" : "MISSED");
    }
  }

  private static int bisect(Set<Integer> bad) {
    List<Integer> candidates = IntStream.range(0, C).boxed().toList();
    return new QuarantineBisector<Integer>(
            candidates, x -> CompletableFuture.completedFuture(x.containsAll(bad)))
        .run()
        .join()
        .tests();
  }

  /**
   * The naive way an administrator works: exclude one more classification at a time (in order)
   * until the sync succeeds, then put each excluded one back one at a time, keeping it back if the
   * sync still succeeds.
   */
  private static int naive(Set<Integer> bad) {
    int syncs = 0;
    Set<Integer> excluded = new LinkedHashSet<>();
    for (int i = 0; i < C; i++) {
      excluded.add(i);
      syncs++;
      if (excluded.containsAll(bad)) {
        break;
      }
    }
    for (Integer c : List.copyOf(excluded)) {
      if (excluded.size() == 1) {
        break; // the last one is known to be needed
      }
      excluded.remove(c);
      syncs++;
      if (!excluded.containsAll(bad)) {
        excluded.add(c);
      }
    }
    return syncs;
  }

  /** Exclude each single classification alone, then each pair, until a sync succeeds. */
  private static int subsets(Set<Integer> bad) {
    int syncs = 0;
    for (int i = 0; i < C; i++) {
      syncs++;
      if (Set.of(i).containsAll(bad)) {
        return syncs;
      }
    }
    for (int i = 0; i < C; i++) {
      for (int j = i + 1; j < C; j++) {
        syncs++;
        if (Set.of(i, j).containsAll(bad)) {
          return syncs;
        }
      }
    }
    return syncs;
  }

  private static List<Set<Integer>> placements(int k) {
    List<Set<Integer>> all = new ArrayList<>();
    if (k == 1) {
      for (int i = 0; i < C; i++) {
        all.add(Set.of(i));
      }
    } else {
      for (int i = 0; i < C; i++) {
        for (int j = i + 1; j < C; j++) {
          all.add(Set.of(i, j));
        }
      }
    }
    return all;
  }

  private QuarantineBenchmark() {}
}
