package io.jenkins.plugins.wsus.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the benchmarks by name ({@code ./bench/run client fail-fast ...}, all by default) and, with
 * {@code --update-docs}, writes their output into docs/benchmarks.md between its markers. Every
 * benchmark prints its own baseline from the same run and the ratio.
 */
public final class Benchmarks {
  /** A benchmark writing its figures to a stream. */
  @FunctionalInterface
  interface Benchmark {
    void run(PrintStream out) throws Exception;
  }

  static final Map<String, Benchmark> ALL = new LinkedHashMap<>();

  static {
    ALL.put("client", ClientThroughputBenchmark::run);
    ALL.put("fail-fast", FailFastBenchmark::run);
    ALL.put("waiting-cost", WaitingCostBenchmark::run);
    ALL.put("fleet-health", FleetHealthBenchmark::run);
    ALL.put("quarantine", QuarantineBenchmark::run);
    ALL.put("catalog", out -> new CatalogBenchmark().run(out));
    ALL.put("catalog-import", out -> new CatalogImportBenchmark().run(out));
  }

  static final String BEGIN =
      "<!-- benchmark figures: begin (written by ./bench/run --update-docs) -->";
  static final String END = "<!-- benchmark figures: end -->";

  private Benchmarks() {}

  public static void main(String[] args) throws Exception {
    boolean updateDocs = false;
    List<String> names = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals("--update-docs")) {
        updateDocs = true;
      } else if (arg.equals("--help") || arg.equals("-h")) {
        System.out.println(
            "usage: ./bench/run [--update-docs] [" + String.join("|", ALL.keySet()) + " ...]");
        return;
      } else if (!ALL.containsKey(arg)) {
        System.err.println(
            "unknown benchmark '" + arg + "'; known: " + String.join(", ", ALL.keySet()));
        System.exit(2);
      } else {
        names.add(arg);
      }
    }
    if (names.isEmpty()) {
      names.addAll(ALL.keySet());
    }
    Map<String, String> figures = new LinkedHashMap<>();
    for (String name : names) {
      System.out.println("== " + name);
      ByteArrayOutputStream captured = new ByteArrayOutputStream();
      PrintStream both =
          new PrintStream(new Tee(System.out, captured), true, StandardCharsets.UTF_8);
      ALL.get(name).run(both);
      both.flush();
      figures.put(name, captured.toString(StandardCharsets.UTF_8));
      System.out.println();
    }
    if (updateDocs) {
      Path doc = Path.of("docs", "benchmarks.md");
      Files.writeString(
          doc, replaceFigures(Files.readString(doc), figures), StandardCharsets.UTF_8);
      System.out.println("Updated " + doc.toAbsolutePath());
    }
  }

  /** The document with the figures of the benchmarks that ran replaced (others kept). */
  static String replaceFigures(String doc, Map<String, String> figures) {
    int begin = doc.indexOf(BEGIN);
    int end = doc.indexOf(END);
    if (begin < 0 || end < begin) {
      throw new IllegalStateException("docs/benchmarks.md lacks the figure markers");
    }
    Map<String, String> sections = parseSections(doc.substring(begin + BEGIN.length(), end));
    String machine =
        Runtime.getRuntime().availableProcessors()
            + " cores, Java "
            + System.getProperty("java.version")
            + ", "
            + System.getProperty("os.name")
            + " "
            + System.getProperty("os.arch");
    figures.forEach(
        (name, text) ->
            sections.put(
                name,
                "### "
                    + name
                    + "\n\nRun on "
                    + LocalDate.now()
                    + " ("
                    + machine
                    + "):\n\n```\n"
                    + text.strip()
                    + "\n```\n"));
    StringBuilder sb = new StringBuilder(doc.substring(0, begin + BEGIN.length())).append("\n\n");
    for (String name : ALL.keySet()) {
      if (sections.containsKey(name)) {
        sb.append(sections.get(name)).append("\n");
      }
    }
    return sb.append(doc.substring(end)).toString();
  }

  private static Map<String, String> parseSections(String body) {
    Map<String, String> sections = new LinkedHashMap<>();
    String[] parts = body.split("(?m)^(?=### )");
    for (String part : parts) {
      if (part.startsWith("### ")) {
        String name = part.substring(4, part.indexOf('\n')).trim();
        sections.put(name, part.strip() + "\n");
      }
    }
    return sections;
  }

  /** Writes to two streams. */
  private static final class Tee extends OutputStream {
    private final OutputStream a;
    private final OutputStream b;

    Tee(OutputStream a, OutputStream b) {
      this.a = a;
      this.b = b;
    }

    @Override
    public void write(int c) throws IOException {
      a.write(c);
      b.write(c);
    }

    @Override
    public void write(byte[] buf, int off, int len) throws IOException {
      a.write(buf, off, len);
      b.write(buf, off, len);
    }

    @Override
    public void flush() throws IOException {
      a.flush();
      b.flush();
    }
  }
}
