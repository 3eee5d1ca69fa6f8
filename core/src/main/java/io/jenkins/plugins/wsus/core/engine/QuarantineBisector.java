package io.jenkins.plugins.wsus.core.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * Finds the smallest set of candidates (classifications, products) whose exclusion lets a sync
 * succeed, with as few test syncs as possible. Asynchronous: every test is a sync the caller runs;
 * nothing here blocks or sleeps.
 *
 * <p>Model: {@code test(X)} = "a sync with X excluded succeeds", which holds iff X ⊇ B for an
 * unknown bad set B (monotone). The original failing sync already showed {@code test(∅) = false}.
 *
 * <p>Algorithm: over the ordered candidates c[0..C), with the bad elements found so far in Q, a
 * binary search finds the smallest n with {@code test(Q ∪ c[0..n)) = true}; then c[n-1] is bad (the
 * bad element of largest index not yet in Q). Add it to Q and test Q alone: success is the degraded
 * sync; failure means more bad elements, all of index below n-1, and the search repeats in
 * c[0..n-1) where {@code test(Q ∪ c[0..n-1))} is already known true.
 *
 * <p>Bounds (extra syncs after the failed one): the first search assumes {@code test(all)} without
 * running it, so it costs ceil(log2 C) tests, plus 1 to test Q: <b>k = 1 → at most ceil(log2 C) +
 * 1</b> (5 for C = 12). Each later bad element costs at most ceil(log2 C) + 1 as well; when a
 * search never saw a success, the assumption is checked once by {@code test(all)} before going on,
 * so <b>k bad → at most k·(ceil(log2 C) + 1) + 1</b> (for C = 12, k = 2: 11). When {@code
 * test(all)} fails, the failure is not bound to any candidate: the bisector stops and says so.
 *
 * @param <T> the candidate type
 */
public final class QuarantineBisector<T> {

  /** Why the bisection ended. */
  public enum Verdict {
    /** {@link Result#quarantine()} excluded lets the sync succeed. */
    ISOLATED,
    /** Even with every candidate excluded the sync fails: not a classification problem. */
    NOT_CLASSIFICATION_BOUND,
    /** The tests contradicted each other (a flaky upstream); the bisection gave up. */
    INCONSISTENT
  }

  /**
   * The bisection's result.
   *
   * @param verdict why it ended
   * @param quarantine the bad candidates found (empty unless isolated)
   * @param tests how many test syncs ran
   * @param explanation one line for the log and the evidence
   */
  public record Result<T>(Verdict verdict, List<T> quarantine, int tests, String explanation) {
    public Result {
      quarantine = List.copyOf(quarantine);
    }
  }

  private final List<T> candidates;
  private final Function<Set<T>, CompletionStage<Boolean>> test;
  private final Set<T> quarantine = new LinkedHashSet<>();
  private int tests;

  /**
   * @param candidates the enabled classifications/products, in the order to search (distinct)
   * @param test runs a sync with the given set excluded; completes true on success, false on a
   *     failure the bisection may act on (upstream metadata), exceptionally to abort
   */
  public QuarantineBisector(List<T> candidates, Function<Set<T>, CompletionStage<Boolean>> test) {
    this.candidates = List.copyOf(new LinkedHashSet<>(candidates));
    this.test = Objects.requireNonNull(test, "test");
  }

  /** The most extra syncs for one bad candidate among {@code c}: ceil(log2 c) + 1. */
  public static int boundForOne(int c) {
    return ceilLog2(c) + 1;
  }

  /** The most extra syncs for {@code k} bad candidates among {@code c}. */
  public static int boundFor(int k, int c) {
    return k <= 1 ? boundForOne(c) : k * (ceilLog2(c) + 1) + 1;
  }

  static int ceilLog2(int n) {
    return n <= 1 ? 0 : 32 - Integer.numberOfLeadingZeros(n - 1);
  }

  /** Runs the bisection. */
  public CompletableFuture<Result<T>> run() {
    if (candidates.isEmpty()) {
      return CompletableFuture.completedFuture(
          new Result<>(Verdict.NOT_CLASSIFICATION_BOUND, List.of(), 0, "nothing to exclude"));
    }
    // n = C is assumed true (not yet verified) for the first search.
    return search(0, candidates.size(), false);
  }

  /**
   * Binary search for the smallest n in (lo, hi] with test(Q ∪ prefix(n)) true, knowing it is false
   * at lo and true at hi (verified, or assumed when {@code hiVerified} is false).
   */
  private CompletableFuture<Result<T>> search(int lo, int hi, boolean hiVerified) {
    if (hi - lo <= 1) {
      return found(hi, hiVerified);
    }
    int mid = lo + (hi - lo) / 2;
    return probe(prefix(mid))
        .thenCompose(ok -> ok ? search(lo, mid, true) : search(mid, hi, hiVerified));
  }

  /** c[n-1] is bad (if the boundary was verified); test Q. */
  private CompletableFuture<Result<T>> found(int n, boolean verified) {
    if (n < 1) {
      return done(Verdict.INCONSISTENT, "a sync failed with nothing left to exclude");
    }
    T bad = candidates.get(n - 1);
    quarantine.add(bad);
    Set<T> q = Set.copyOf(quarantine);
    return probe(q)
        .thenCompose(
            ok -> {
              if (ok) {
                return done(
                    Verdict.ISOLATED,
                    "excluding "
                        + quarantine
                        + " lets the sync succeed ("
                        + tests
                        + " test syncs)");
              }
              if (!verified) {
                // The first boundary was only assumed: check that excluding all helps at all.
                return probe(Set.copyOf(candidates))
                    .thenCompose(
                        allOk ->
                            allOk
                                ? search(0, n - 1, true)
                                : done(
                                    Verdict.NOT_CLASSIFICATION_BOUND,
                                    "the sync fails even with all "
                                        + candidates.size()
                                        + " candidates excluded: not caused by a classification"));
              }
              return search(0, n - 1, true);
            });
  }

  private Set<T> prefix(int n) {
    Set<T> x = new LinkedHashSet<>(quarantine);
    x.addAll(candidates.subList(0, n));
    return x;
  }

  private CompletableFuture<Boolean> probe(Set<T> excluded) {
    tests++;
    try {
      return test.apply(Set.copyOf(excluded)).toCompletableFuture();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private CompletableFuture<Result<T>> done(Verdict verdict, String explanation) {
    List<T> q = verdict == Verdict.ISOLATED ? new ArrayList<>(quarantine) : List.of();
    return CompletableFuture.completedFuture(new Result<>(verdict, q, tests, explanation));
  }
}
