package io.jenkins.plugins.wsus.simulator.catalog;

import io.jenkins.plugins.wsus.simulator.CatalogMetadataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The updates a simulated catalog knows. Immutable; search order is insertion order. It also serves
 * as the {@link CatalogMetadataSource} the simulated WSUS server consults on a catalog import.
 *
 * <p>{@link #defaultDataset()} holds July 2025 updates (KB numbers as Microsoft published them for
 * the 2025-07 and 2025-06 releases; ids, sizes and digests are made up). {@link #generated(int,
 * long)} builds large datasets for paging tests and benchmarks.
 */
public final class CatalogDataset implements CatalogMetadataSource {
  /** Download host the simulated files point at (one of the catalog's real download hosts). */
  public static final String DOWNLOAD_HOST = "catalog.sf.dl.delivery.mp.microsoft.com";

  private static final Pattern KB_IN_TITLE = Pattern.compile("\\(KB(\\d+)\\)");

  private final Map<UUID, CatalogEntry> entries;

  private CatalogDataset(Collection<CatalogEntry> list) {
    Map<UUID, CatalogEntry> map = new LinkedHashMap<>();
    for (CatalogEntry e : list) {
      if (map.put(e.updateId(), e) != null) {
        throw new IllegalArgumentException("duplicate catalog update id " + e.updateId());
      }
    }
    this.entries = map;
  }

  /** A dataset of exactly these entries, in this order. */
  public static CatalogDataset of(Collection<CatalogEntry> entries) {
    return new CatalogDataset(entries);
  }

  /** This dataset followed by the entries of another. */
  public CatalogDataset plus(CatalogDataset other) {
    List<CatalogEntry> all = new ArrayList<>(entries.values());
    all.addAll(other.entries());
    return new CatalogDataset(all);
  }

  /** All entries in search order. */
  public List<CatalogEntry> entries() {
    return List.copyOf(entries.values());
  }

  /** The entry with this id. */
  public Optional<CatalogEntry> find(UUID updateId) {
    return Optional.ofNullable(entries.get(updateId));
  }

  /** Entries this update replaces (the inverse of {@link CatalogEntry#supersededBy()}). */
  public List<CatalogEntry> supersededBy(UUID updateId) {
    return entries.values().stream().filter(e -> e.supersededBy().contains(updateId)).toList();
  }

  /**
   * The catalog's search: every whitespace-separated term (quotes ignored) must occur,
   * case-insensitively, in the title, KB, products, classification or update id.
   */
  public List<CatalogEntry> search(String query) {
    String[] terms = query.replace("\"", " ").trim().toLowerCase(Locale.ROOT).split("\\s+");
    List<CatalogEntry> out = new ArrayList<>();
    for (CatalogEntry e : entries.values()) {
      String haystack =
          (e.title()
                  + " KB"
                  + e.kb()
                  + " "
                  + String.join(" ", e.products())
                  + " "
                  + e.classification()
                  + " "
                  + e.updateId())
              .toLowerCase(Locale.ROOT);
      boolean all = terms.length > 0 && !terms[0].isEmpty();
      for (String t : terms) {
        all &= haystack.contains(t);
      }
      if (all) {
        out.add(e);
      }
    }
    return out;
  }

  @Override
  public Optional<CatalogMetadata> metadataFor(UUID updateId) {
    return find(updateId)
        .map(
            e ->
                new CatalogMetadata(
                    e.updateId(),
                    e.revisionNumber(),
                    e.title(),
                    e.kb().isEmpty() ? "" : "KB" + e.kb(),
                    e.classification(),
                    e.products()));
  }

  /** Starts an entry with sensible defaults derived from the title; see {@link EntryBuilder}. */
  public static EntryBuilder entry(UUID updateId, String title) {
    return new EntryBuilder(updateId, title);
  }

  /** A stable id for a dataset key, so datasets and tests agree without a list of literals. */
  public static UUID idOf(String key) {
    return UUID.nameUUIDFromBytes(("wsus-catalog-sim:" + key).getBytes(StandardCharsets.UTF_8));
  }

  /** Ids of the default dataset's entries. */
  public static final class July2025 {
    public static final UUID SERVER2022_2025_07 = idOf("server2022-2025-07");
    public static final UUID SERVER2022_2025_06_PREVIEW = idOf("server2022-2025-06-preview");
    public static final UUID SERVER2022_2025_06 = idOf("server2022-2025-06");
    public static final UUID WIN11_24H2_2025_07_X64 = idOf("win11-24h2-2025-07-x64");
    public static final UUID WIN11_24H2_2025_07_ARM64 = idOf("win11-24h2-2025-07-arm64");
    public static final UUID SERVER2025_2025_07 = idOf("server2025-2025-07");
    public static final UUID WIN11_24H2_2025_07_DYNAMIC_X64 = idOf("win11-24h2-2025-07-du-x64");
    public static final UUID WIN11_24H2_2025_06_PREVIEW_X64 = idOf("win11-24h2-2025-06-preview");
    public static final UUID WIN11_24H2_2025_06_X64 = idOf("win11-24h2-2025-06-x64");
    public static final UUID WIN11_23H2_2025_07_X64 = idOf("win11-23h2-2025-07-x64");
    public static final UUID WIN10_22H2_2025_07_X64 = idOf("win10-22h2-2025-07-x64");
    public static final UUID WIN10_22H2_2025_07_X86 = idOf("win10-22h2-2025-07-x86");

    private July2025() {}
  }

  /**
   * The built-in dataset: July 2025 cumulative updates for Windows Server 2022 (KB5062572), Windows
   * 11 24H2 / Server 2025 (KB5062553, x64, ARM64, plus a Dynamic Cumulative Update), Windows 11
   * 23H2 (KB5062552), Windows 10 22H2 (KB5062554, x64 and x86), and the June 2025 updates and
   * previews they supersede.
   */
  public static CatalogDataset defaultDataset() {
    String server2022 = "Microsoft Server operating system-21H2";
    String server2025 = "Microsoft Server operating system-24H2";
    List<CatalogEntry> list = new ArrayList<>();
    list.add(
        entry(
                July2025.SERVER2022_2025_07,
                "2025-07 Cumulative Update for Microsoft server operating system version 21H2 for x64-based Systems (KB5062572)")
            .products(server2022)
            .date(2025, 7, 8)
            .size(651_837_210L)
            .severity("Critical")
            .build());
    list.add(
        entry(
                July2025.SERVER2022_2025_06_PREVIEW,
                "2025-06 Cumulative Update Preview for Microsoft server operating system version 21H2 for x64-based Systems (KB5060118)")
            .products(server2022)
            .classification("Updates")
            .date(2025, 6, 24)
            .size(640_112_004L)
            .supersededBy(July2025.SERVER2022_2025_07)
            .build());
    list.add(
        entry(
                July2025.SERVER2022_2025_06,
                "2025-06 Cumulative Update for Microsoft server operating system version 21H2 for x64-based Systems (KB5060526)")
            .products(server2022)
            .date(2025, 6, 10)
            .size(638_998_321L)
            .severity("Critical")
            .supersededBy(July2025.SERVER2022_2025_06_PREVIEW, July2025.SERVER2022_2025_07)
            .build());
    list.add(
        entry(
                July2025.WIN11_24H2_2025_07_X64,
                "2025-07 Cumulative Update for Windows 11 Version 24H2 for x64-based Systems (KB5062553)")
            .products("Windows 11")
            .date(2025, 7, 8)
            .size(3_412_754_105L)
            .severity("Critical")
            .build());
    list.add(
        entry(
                July2025.WIN11_24H2_2025_07_ARM64,
                "2025-07 Cumulative Update for Windows 11 Version 24H2 for ARM64-based Systems (KB5062553)")
            .products("Windows 11")
            .date(2025, 7, 8)
            .size(3_307_102_377L)
            .severity("Critical")
            .build());
    list.add(
        entry(
                July2025.SERVER2025_2025_07,
                "2025-07 Cumulative Update for Microsoft server operating system version 24H2 for x64-based Systems (KB5062553)")
            .products(server2025)
            .date(2025, 7, 8)
            .size(3_398_110_562L)
            .severity("Critical")
            .build());
    list.add(
        entry(
                July2025.WIN11_24H2_2025_07_DYNAMIC_X64,
                "2025-07 Dynamic Cumulative Update for Windows 11 Version 24H2 for x64-based Systems (KB5062553)")
            .products("Windows 11 GDR-DU")
            .date(2025, 7, 8)
            .size(3_281_554_020L)
            .build());
    list.add(
        entry(
                July2025.WIN11_24H2_2025_06_PREVIEW_X64,
                "2025-06 Cumulative Update Preview for Windows 11 Version 24H2 for x64-based Systems (KB5060829)")
            .products("Windows 11")
            .classification("Updates")
            .date(2025, 6, 26)
            .size(3_350_871_233L)
            .supersededBy(July2025.WIN11_24H2_2025_07_X64)
            .build());
    list.add(
        entry(
                July2025.WIN11_24H2_2025_06_X64,
                "2025-06 Cumulative Update for Windows 11 Version 24H2 for x64-based Systems (KB5060842)")
            .products("Windows 11")
            .date(2025, 6, 10)
            .size(3_301_998_470L)
            .severity("Critical")
            .supersededBy(July2025.WIN11_24H2_2025_06_PREVIEW_X64, July2025.WIN11_24H2_2025_07_X64)
            .build());
    list.add(
        entry(
                July2025.WIN11_23H2_2025_07_X64,
                "2025-07 Cumulative Update for Windows 11 Version 23H2 for x64-based Systems (KB5062552)")
            .products("Windows 11")
            .date(2025, 7, 8)
            .size(1_020_334_117L)
            .severity("Critical")
            .build());
    list.add(
        entry(
                July2025.WIN10_22H2_2025_07_X64,
                "2025-07 Cumulative Update for Windows 10 Version 22H2 for x64-based Systems (KB5062554)")
            .products("Windows 10, version 1903 and later")
            .date(2025, 7, 8)
            .size(802_153_202L)
            .severity("Critical")
            .build());
    list.add(
        entry(
                July2025.WIN10_22H2_2025_07_X86,
                "2025-07 Cumulative Update for Windows 10 Version 22H2 for x86-based Systems (KB5062554)")
            .products("Windows 10, version 1903 and later")
            .date(2025, 7, 8)
            .size(439_726_719L)
            .severity("Critical")
            .build());
    return new CatalogDataset(list);
  }

  /**
   * {@code count} security updates whose titles all match the search "Windows 11 Security Update"
   * (so 1000+ entries give the catalog's 40-page, 1000-result cap), with sizes up to 5 GB.
   * Deterministic for a given seed.
   */
  public static CatalogDataset generated(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String[] archs = {"x64", "ARM64"};
    String[] versions = {"22H2", "23H2", "24H2"};
    List<CatalogEntry> list = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      LocalDate date = LocalDate.of(2025, 7, 8).minusDays(i / 4);
      String arch = archs[i % archs.length];
      String version = versions[(i / 2) % versions.length];
      int kb = 5_100_000 + i;
      String title =
          "%d-%02d Security Update for Windows 11 Version %s for %s-based Systems (KB%d)"
              .formatted(date.getYear(), date.getMonthValue(), version, arch, kb);
      list.add(
          entry(idOf("generated-" + seed + "-" + i), title)
              .products("Windows 11")
              .date(date.getYear(), date.getMonthValue(), date.getDayOfMonth())
              .size(1_000_000L + random.nextLong(5_000_000_000L))
              .build());
    }
    return new CatalogDataset(list);
  }

  /** Builds a {@link CatalogEntry} with defaults derived from the title. */
  public static final class EntryBuilder {
    private final UUID id;
    private final String title;
    private int revision = 200;
    private String kb;
    private List<String> products = List.of("Windows 11");
    private String classification = "Security Updates";
    private LocalDate date = LocalDate.of(2025, 7, 8);
    private String version = "n/a";
    private long size = 100_000_000L;
    private String architecture;
    private List<String> languages = List.of("all");
    private String msrcNumber = "n/a";
    private String severity = "n/a";
    private String reboot = "Can request restart";
    private List<UUID> supersededBy = List.of();
    private List<CatalogFile> files;

    EntryBuilder(UUID id, String title) {
      this.id = id;
      this.title = title;
      Matcher m = KB_IN_TITLE.matcher(title);
      this.kb = m.find() ? m.group(1) : "";
      String t = title.toLowerCase(Locale.ROOT);
      this.architecture =
          t.contains("arm64")
              ? "ARM64"
              : t.contains("x64") ? "AMD64" : t.contains("x86") ? "X86" : "n/a";
    }

    public EntryBuilder revision(int value) {
      revision = value;
      return this;
    }

    public EntryBuilder kb(String value) {
      kb = value;
      return this;
    }

    public EntryBuilder products(String... values) {
      products = List.of(values);
      return this;
    }

    public EntryBuilder classification(String value) {
      classification = value;
      return this;
    }

    public EntryBuilder date(int year, int month, int day) {
      date = LocalDate.of(year, month, day);
      return this;
    }

    public EntryBuilder version(String value) {
      version = value;
      return this;
    }

    public EntryBuilder size(long bytes) {
      size = bytes;
      return this;
    }

    public EntryBuilder architecture(String value) {
      architecture = value;
      return this;
    }

    public EntryBuilder languages(String... values) {
      languages = List.of(values);
      return this;
    }

    public EntryBuilder msrc(String number) {
      msrcNumber = number;
      return this;
    }

    public EntryBuilder severity(String value) {
      severity = value;
      return this;
    }

    public EntryBuilder reboot(String value) {
      reboot = value;
      return this;
    }

    public EntryBuilder supersededBy(UUID... ids) {
      supersededBy = List.of(ids);
      return this;
    }

    public EntryBuilder files(CatalogFile... values) {
      files = List.of(values);
      return this;
    }

    public CatalogEntry build() {
      List<CatalogFile> f = files != null ? files : List.of(defaultFile());
      return new CatalogEntry(
          id,
          revision,
          title,
          kb,
          products,
          classification,
          date,
          version,
          size,
          architecture,
          languages,
          msrcNumber,
          severity,
          reboot,
          supersededBy,
          f);
    }

    /** One .msu on the catalog's current download host; the digest is SHA-1 of the name. */
    private CatalogFile defaultFile() {
      byte[] sha1 = sha1(id + title);
      String arch =
          architecture.equalsIgnoreCase("AMD64") ? "x64" : architecture.toLowerCase(Locale.ROOT);
      String name =
          "windows-kb"
              + (kb.isEmpty() ? "0" : kb)
              + "-"
              + arch
              + "_"
              + HexFormat.of().formatHex(sha1)
              + ".msu";
      String url =
          "https://" + DOWNLOAD_HOST + "/filestreamingservice/files/" + id + "/public/" + name;
      return new CatalogFile(name, url, Base64.getEncoder().encodeToString(sha1), "", "");
    }
  }

  static byte[] sha1(String s) {
    try {
      return MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is mandatory in every JDK", e);
    }
  }
}
