package io.jenkins.plugins.wsus.core.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves KB numbers to exact catalog update ids, explaining every candidate.
 *
 * <p>For each KB it searches the catalog for {@code KB<number>}, keeps rows whose title names that
 * KB, and applies the {@link ResolutionCriteria} filters in this order: KB, preview, Dynamic
 * Update, classification, product, architecture, language (the last one reads the details page).
 * All rows that pass are chosen. <b>Ordering</b> (deterministic, independent of the catalog's row
 * order): last-updated date descending, then title in ordinal (code point) order, then update id
 * ascending.
 *
 * <p>With {@link ResolutionCriteria#followSupersedence()}, each chosen update's details page is
 * read; if it is superseded, its superseders' details are read, those passing the same filters are
 * ranked by last-modified date descending, title, id, and the first replaces it. This repeats up to
 * the depth limit; an update seen twice on the path stops the walk (cycle). When no superseder
 * qualifies the original stays chosen as {@link CandidateReason#CHOSEN_STILL_SUPERSEDED}. A
 * superseder whose details page fails permanently (e.g. HTTP 404) is skipped as {@link
 * CandidateReason#SUPERSEDER_UNREADABLE}; transient failures propagate.
 *
 * <p>{@link Resolution#candidates()} is sorted by title, then id, so the evidence report is stable
 * too. Catalog failures propagate as {@link CatalogException}s (the engine decides on retries).
 */
public final class CatalogResolver {
  private static final Pattern KB_INPUT = Pattern.compile("(?i)^\\s*(?:KB)?\\s*(\\d{4,8})\\s*$");
  private static final Pattern PREVIEW = Pattern.compile("(?i)\\bpreview\\b");
  private static final Pattern DYNAMIC = Pattern.compile("(?i)\\bdynamic\\b");
  private static final Pattern ARCH_ARM64 = Pattern.compile("(?i)\\barm64\\b");
  private static final Pattern ARCH_X64 = Pattern.compile("(?i)\\b(x64|amd64|64-bit)\\b");
  private static final Pattern ARCH_X86 = Pattern.compile("(?i)\\b(x86|32-bit)\\b");

  private static final Comparator<Candidate> ORDER =
      Comparator.comparing(Candidate::date, Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(Candidate::title)
          .thenComparing(Candidate::id);

  private final CatalogLookup catalog;

  public CatalogResolver(CatalogLookup catalog) {
    this.catalog = catalog;
  }

  /** Resolves several KBs in the given order; details pages are fetched once per run. */
  public List<Resolution> resolve(List<String> kbs, ResolutionCriteria criteria) {
    Map<UUID, CatalogUpdateDetails> cache = new HashMap<>();
    List<Resolution> out = new ArrayList<>();
    for (String kb : kbs) {
      out.add(resolve(kb, criteria, cache));
    }
    return out;
  }

  /** Resolves one KB ("KB5062553" or "5062553"). */
  public Resolution resolve(String kb, ResolutionCriteria criteria) {
    return resolve(kb, criteria, new HashMap<>());
  }

  private Resolution resolve(
      String kbInput, ResolutionCriteria c, Map<UUID, CatalogUpdateDetails> cache) {
    String kb = normalizeKb(kbInput);
    String query = "KB" + kb;
    CatalogSearchResult search = catalog.search(query, c.maxSearchPages());
    List<String> warnings = new ArrayList<>();
    if (search.resultCapHit()) {
      warnings.add("The catalog returned only the first 1000 results for '" + query + "'.");
    }
    if (search.pageLimitHit()) {
      warnings.add(
          "Stopped after "
              + search.pagesFetched()
              + " of "
              + search.pageCount()
              + " result pages.");
    }
    Map<UUID, CandidateDecision> decisions = new LinkedHashMap<>();
    List<Candidate> passed = new ArrayList<>();
    Set<UUID> seen = new HashSet<>();
    Pattern kbInTitle = Pattern.compile("(?i)\\bKB" + kb + "\\b");
    for (CatalogSearchRow row : search.rows()) {
      Candidate cand =
          new Candidate(
              row.updateId(), row.title(), row.lastUpdated(), row.classification(), row.products());
      if (!seen.add(row.updateId())) {
        // The catalog may repeat a row across pages while its index shifts; one decision per id.
        warnings.add("Update " + row.updateId() + " appeared more than once in the search result.");
        continue;
      }
      if (!kbInTitle.matcher(row.title()).find()) {
        decide(
            decisions, cand, CandidateReason.KB_MISMATCH, "The title does not name KB" + kb + ".");
        continue;
      }
      Optional<CandidateDecision> skip = filter(cand, c, cache, "");
      if (skip.isPresent()) {
        decisions.put(cand.id(), skip.get());
      } else {
        passed.add(cand);
      }
    }
    passed.sort(ORDER);

    List<UUID> chosen = new ArrayList<>();
    for (Candidate cand : passed) {
      if (!c.followSupersedence()) {
        decide(
            decisions, cand, CandidateReason.CHOSEN, "Names KB" + kb + " and passes every filter.");
        addOnce(chosen, cand.id());
        continue;
      }
      UUID finalId = followSupersedence(cand, c, cache, decisions, kb);
      addOnce(chosen, finalId);
    }
    if (search.isEmpty()) {
      warnings.add("The catalog has no result for '" + query + "'.");
    } else if (chosen.isEmpty()) {
      warnings.add("No catalog update for KB" + kb + " passes the filters.");
    }
    // Report order must not depend on the catalog's row order either.
    List<CandidateDecision> report = new ArrayList<>(decisions.values());
    report.sort(
        Comparator.comparing(CandidateDecision::title).thenComparing(CandidateDecision::updateId));
    return new Resolution(kb, query, chosen, report, search.isComplete(), warnings);
  }

  /** Walks superseded-by links from a chosen candidate; returns the id finally chosen. */
  private UUID followSupersedence(
      Candidate start,
      ResolutionCriteria c,
      Map<UUID, CatalogUpdateDetails> cache,
      Map<UUID, CandidateDecision> decisions,
      String kb) {
    Candidate current = start;
    Set<UUID> path = new HashSet<>();
    path.add(start.id());
    int depth = 0;
    while (true) {
      CatalogUpdateDetails d = details(current.id(), cache);
      if (!d.isSuperseded()) {
        if (current == start) {
          decide(
              decisions,
              current,
              CandidateReason.CHOSEN,
              "Names KB" + kb + ", passes every filter and is not superseded.");
        }
        return current.id();
      }
      if (depth >= c.maxSupersedenceDepth()) {
        decide(
            decisions,
            current,
            CandidateReason.CHOSEN_STILL_SUPERSEDED,
            "Superseded, but the supersedence depth limit of "
                + c.maxSupersedenceDepth()
                + " was reached.");
        return current.id();
      }
      List<Candidate> eligible = new ArrayList<>();
      boolean cycle = false;
      for (UUID next : d.supersededBy()) {
        if (path.contains(next)) {
          cycle = true;
          continue;
        }
        CatalogUpdateDetails nd;
        try {
          nd = details(next, cache);
        } catch (CatalogException e) {
          if (e.isTransient()) {
            throw e; // the engine retries the whole resolution
          }
          // Superseded-by links can point at updates the catalog no longer serves.
          decisions.putIfAbsent(
              next,
              new CandidateDecision(
                  next,
                  "",
                  CandidateReason.SUPERSEDER_UNREADABLE,
                  "Superseder of "
                      + current.id()
                      + ": its details could not be read: "
                      + e.getMessage()));
          continue;
        }
        Candidate nc =
            new Candidate(
                next,
                nd.title(),
                nd.lastModified().orElse(null),
                nd.classification(),
                nd.products());
        Optional<CandidateDecision> skip =
            filter(nc, c, cache, "Superseder of " + current.id() + ": ");
        if (skip.isPresent()) {
          decisions.putIfAbsent(next, skip.get());
        } else {
          eligible.add(nc);
        }
      }
      if (eligible.isEmpty()) {
        decide(
            decisions,
            current,
            CandidateReason.CHOSEN_STILL_SUPERSEDED,
            cycle
                ? "Superseded, but its superseded-by links lead back to an update already on the path (cycle)."
                : "Superseded, but none of its "
                    + d.supersededBy().size()
                    + " superseders passes the filters.");
        return current.id();
      }
      eligible.sort(ORDER);
      Candidate winner = eligible.get(0);
      for (Candidate other : eligible.subList(1, eligible.size())) {
        decisions.putIfAbsent(
            other.id(),
            new CandidateDecision(
                other.id(),
                other.title(),
                CandidateReason.SUPERSEDER_NOT_CHOSEN,
                "Supersedes "
                    + current.id()
                    + " but "
                    + winner.id()
                    + " is newer or ranks first."));
      }
      decide(
          decisions,
          current,
          CandidateReason.SUPERSEDED,
          "Superseded by " + winner.id() + " (" + winner.title() + ").");
      decisions.remove(winner.id());
      decide(
          decisions,
          winner,
          CandidateReason.CHOSEN_AS_SUPERSEDER,
          "Supersedes " + current.id() + " (" + current.title() + ") and passes every filter.");
      path.add(winner.id());
      current = winner;
      depth++;
    }
  }

  /** Empty when the candidate passes every filter, else the skip decision. */
  private Optional<CandidateDecision> filter(
      Candidate cand, ResolutionCriteria c, Map<UUID, CatalogUpdateDetails> cache, String prefix) {
    if (c.excludePreviews() && PREVIEW.matcher(cand.title()).find()) {
      return skip(
          cand, CandidateReason.PREVIEW_EXCLUDED, prefix + "Preview releases are excluded.");
    }
    if (c.excludeDynamicUpdates() && isDynamic(cand)) {
      return skip(
          cand, CandidateReason.DYNAMIC_UPDATE_EXCLUDED, prefix + "Dynamic Updates are excluded.");
    }
    if (c.classification().isPresent()
        && !sameName(c.classification().get(), cand.classification())) {
      return skip(
          cand,
          CandidateReason.CLASSIFICATION_MISMATCH,
          prefix
              + "Classification '"
              + cand.classification()
              + "' is not '"
              + c.classification().get()
              + "'.");
    }
    if (c.product().isPresent()
        && cand.products().stream().noneMatch(p -> sameName(c.product().get(), p))) {
      return skip(
          cand,
          CandidateReason.PRODUCT_MISMATCH,
          prefix + "Products " + cand.products() + " do not include '" + c.product().get() + "'.");
    }
    if (c.architecture().isPresent()) {
      Optional<String> arch = architectureOf(cand.title());
      if (arch.isEmpty()) {
        return skip(
            cand,
            CandidateReason.ARCHITECTURE_UNKNOWN,
            prefix
                + "The title names no architecture; '"
                + c.architecture().get()
                + "' was asked for.");
      }
      if (!arch.get().equals(c.architecture().get())) {
        return skip(
            cand,
            CandidateReason.ARCHITECTURE_MISMATCH,
            prefix + "Architecture " + arch.get() + " is not " + c.architecture().get() + ".");
      }
    }
    if (c.language().isPresent()) {
      List<String> languages = details(cand.id(), cache).languages();
      String wanted = c.language().get();
      if (languages.stream().noneMatch(l -> sameName(l, wanted) || sameName(l, "all"))) {
        return skip(
            cand,
            CandidateReason.LANGUAGE_MISMATCH,
            prefix + "Languages " + languages + " include neither '" + wanted + "' nor 'all'.");
      }
    }
    return Optional.empty();
  }

  private CatalogUpdateDetails details(UUID id, Map<UUID, CatalogUpdateDetails> cache) {
    CatalogUpdateDetails d = cache.get(id);
    if (d == null) {
      d = catalog.details(id);
      cache.put(id, d);
    }
    return d;
  }

  private static boolean isDynamic(Candidate cand) {
    return DYNAMIC.matcher(cand.title()).find()
        || cand.products().stream()
            .anyMatch(
                p ->
                    p.toUpperCase(Locale.ROOT).endsWith("-DU")
                        || p.toLowerCase(Locale.ROOT).contains("dynamic update"));
  }

  /** The architecture a title names: x64, x86 or ARM64. */
  static Optional<String> architectureOf(String title) {
    if (ARCH_ARM64.matcher(title).find()) {
      return Optional.of("ARM64");
    }
    if (ARCH_X64.matcher(title).find()) {
      return Optional.of("x64");
    }
    if (ARCH_X86.matcher(title).find()) {
      return Optional.of("x86");
    }
    return Optional.empty();
  }

  static String normalizeArchitecture(String value) {
    String v = value.trim().toLowerCase(Locale.ROOT);
    return switch (v) {
      case "x64", "amd64", "64-bit" -> "x64";
      case "x86", "32-bit" -> "x86";
      case "arm64" -> "ARM64";
      default ->
          throw new IllegalArgumentException(
              "architecture must be x64, x86 or ARM64, was '" + value + "'");
    };
  }

  /** The digits of a KB number ("KB5062553", "kb 5062553" or "5062553"); rejects anything else. */
  public static String normalizeKb(String kb) {
    Matcher m = KB_INPUT.matcher(kb == null ? "" : kb);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a KB number: '" + kb + "' (expected e.g. KB5062553)");
    }
    return m.group(1);
  }

  private static boolean sameName(String a, String b) {
    return CatalogHtml.collapse(a).equalsIgnoreCase(CatalogHtml.collapse(b));
  }

  private static void addOnce(List<UUID> list, UUID id) {
    if (!list.contains(id)) {
      list.add(id);
    }
  }

  private static Optional<CandidateDecision> skip(Candidate c, CandidateReason r, String text) {
    return Optional.of(new CandidateDecision(c.id(), c.title(), r, text));
  }

  private static void decide(
      Map<UUID, CandidateDecision> decisions, Candidate c, CandidateReason r, String text) {
    decisions.put(c.id(), new CandidateDecision(c.id(), c.title(), r, text));
  }

  /** A search row or superseder reduced to what filters and ordering need. */
  private record Candidate(
      UUID id, String title, LocalDate date, String classification, List<String> products) {}
}
