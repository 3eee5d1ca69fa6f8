package io.jenkins.plugins.wsus.bench;

import io.jenkins.plugins.wsus.core.catalog.CatalogClient;
import io.jenkins.plugins.wsus.core.catalog.CatalogClientConfig;
import io.jenkins.plugins.wsus.core.catalog.CatalogSearchPage;
import io.jenkins.plugins.wsus.core.catalog.CatalogSearchResult;
import io.jenkins.plugins.wsus.core.catalog.SearchPageParser;
import io.jenkins.plugins.wsus.simulator.catalog.CatalogDataset;
import io.jenkins.plugins.wsus.simulator.catalog.CatalogPageRenderer;
import io.jenkins.plugins.wsus.simulator.catalog.CatalogSimulator;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;

/**
 * Catalog benchmarks, each against a baseline measured in the same run:
 *
 * <ul>
 *   <li>search pages parsed per second by {@link SearchPageParser} (recorded 2025 40-page sample
 *       and a simulator page) vs a plain {@code Jsoup.parse} of the same bytes without extraction;
 *       the ratio is the share of time that is tree building rather than extraction;
 *   <li>wall time of a 40-page search (1000 rows) against the catalog simulator on loopback vs the
 *       time of fetching one page, giving the per-page cost of paging.
 * </ul>
 *
 * The recorded page is read from {@code ../shared/reference/catalog-samples} (walking up from the
 * working directory) or the {@code wsus.catalogSamples} system property; without it that figure is
 * skipped with a message.
 */
public final class CatalogBenchmark {
  private static final String RECORDED = "10-search-2025-Windows11SecurityUpdate-page1of40.html";
  private static final String QUERY = "Windows 11 Security Update";

  private final Duration measureTime;

  /** Measures each figure for {@code wsus.bench.seconds} seconds (default 3). */
  public CatalogBenchmark() {
    this(Duration.ofSeconds(Long.getLong("wsus.bench.seconds", 3)));
  }

  public CatalogBenchmark(Duration measureTime) {
    this.measureTime = measureTime;
  }

  public static void main(String[] args) throws Exception {
    new CatalogBenchmark().run(System.out);
  }

  /** Runs every catalog benchmark and prints its figures and ratios. */
  public void run(PrintStream out) throws Exception {
    out.println("== Catalog benchmark ==");
    SearchPageParser parser = new SearchPageParser();
    Optional<byte[]> recorded = recordedPage();
    if (recorded.isPresent()) {
      parseFigures(out, "recorded 2025 page 1 of 40", recorded.get(), parser);
    } else {
      out.println(
          "recorded page: skipped (../shared/reference/catalog-samples/"
              + RECORDED
              + " not found)");
    }
    byte[] simPage =
        new CatalogPageRenderer()
            .searchPage(QUERY, CatalogDataset.generated(25, 1).entries(), 0, 1000, true)
            .getBytes(StandardCharsets.UTF_8);
    parseFigures(out, "simulator page 1 of 40", simPage, parser);
    searchFigures(out);
  }

  private void parseFigures(PrintStream out, String label, byte[] page, SearchPageParser parser) {
    URI url = URI.create("bench:" + label.replace(' ', '-'));
    long[] sink = new long[1];
    Runnable extract =
        () -> {
          CatalogSearchPage p = parser.parse(page, url);
          sink[0] += p.rows().size();
        };
    Runnable baseline =
        () -> sink[0] += Jsoup.parse(new String(page, StandardCharsets.UTF_8)).childNodeSize();
    // Warm both paths, then interleave short slices of each so that load from other processes
    // on the machine hits both sides of the ratio alike.
    rate(extract, measureTime.dividedBy(4));
    rate(baseline, measureTime.dividedBy(4));
    int slices = 10;
    Duration slice = measureTime.dividedBy(slices);
    double[] acc = new double[4];
    for (int i = 0; i < slices; i++) {
      long[] e = run(extract, slice);
      long[] b = run(baseline, slice);
      acc[0] += e[0];
      acc[1] += e[1];
      acc[2] += b[0];
      acc[3] += b[1];
    }
    double parsed = acc[0] / (acc[1] / 1e9);
    double plain = acc[2] / (acc[3] / 1e9);
    out.printf(
        Locale.ROOT,
        "%s (%,d bytes): SearchPageParser %.1f pages/s; baseline Jsoup.parse %.1f pages/s;"
            + " ratio %.2f (1.00 = extraction is free)%n",
        label,
        page.length,
        parsed,
        plain,
        parsed / plain);
    if (sink[0] == 42) {
      out.println(); // keeps the JIT from discarding the work
    }
  }

  private void searchFigures(PrintStream out) {
    try (CatalogSimulator.Running sim = CatalogSimulator.start(CatalogDataset.generated(1100, 7));
        CatalogClient client =
            new CatalogClient(CatalogClientConfig.defaults().withBaseUrl(sim.baseUri()))) {
      client.search(QUERY, 40); // warm-up: connections, JIT
      int runs = 5;
      long[] fortyPages = new long[runs];
      long[] onePage = new long[runs];
      CatalogSearchResult last = null;
      for (int i = 0; i < runs; i++) {
        long t0 = System.nanoTime();
        last = client.search(QUERY, 40);
        fortyPages[i] = System.nanoTime() - t0;
        long t1 = System.nanoTime();
        client.search(QUERY, 1);
        onePage[i] = System.nanoTime() - t1;
      }
      double fortyMs = median(fortyPages) / 1e6;
      double oneMs = median(onePage) / 1e6;
      out.printf(
          Locale.ROOT,
          "40-page search against the simulator: %.1f ms median of %d (%d rows, cap reported: %s);"
              + " baseline 1-page search %.2f ms; ratio %.1f (40.0 = paging costs nothing extra)%n",
          fortyMs,
          runs,
          last.rows().size(),
          last.resultCapHit(),
          oneMs,
          fortyMs / oneMs);
    }
  }

  /** Operations per second of {@code op} run repeatedly for {@code time}. */
  private static double rate(Runnable op, Duration time) {
    long[] r = run(op, time);
    return r[0] / (r[1] / 1e9);
  }

  /** Runs {@code op} repeatedly for {@code time}; returns {count, elapsed nanoseconds}. */
  private static long[] run(Runnable op, Duration time) {
    long start = System.nanoTime();
    long deadline = start + time.toNanos();
    long count = 0;
    long now;
    do {
      op.run();
      count++;
      now = System.nanoTime();
    } while (now < deadline);
    return new long[] {count, now - start};
  }

  private static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static Optional<byte[]> recordedPage() throws IOException {
    String configured = System.getProperty("wsus.catalogSamples");
    if (configured != null) {
      Path file = Path.of(configured).resolve(RECORDED);
      return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path file =
          dir.resolveSibling("shared")
              .resolve("reference")
              .resolve("catalog-samples")
              .resolve(RECORDED);
      if (Files.isRegularFile(file)) {
        return Optional.of(Files.readAllBytes(file));
      }
    }
    return Optional.empty();
  }
}
