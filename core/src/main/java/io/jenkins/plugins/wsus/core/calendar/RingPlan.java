package io.jenkins.plugins.wsus.core.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Ordered deployment rings (pilot first, broad last) sharing one {@link PatchWindowSpec}: each ring
 * takes the spec's time of day, length, zone and blackout dates, and shifts the spec's day by its
 * own offset. Immutable and validated on construction.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li><b>Soak gate:</b> ring N may start only when ring N-1's window has ended and ring N-1's
 *       soak time has passed. Construction rejects plans that break this on an ordinary day
 *       (non-monotonic plans). On a daylight-saving night the wall-clock gap between two rings can
 *       shrink by the DST shift; then the later window moves later by the shortfall (keeping its
 *       length), so the gate always holds.
 *   <li><b>Blackouts break the chain:</b> when a ring's window falls on a blackout date it is
 *       skipped, and so are the later rings of the same release: a ring never deploys a release
 *       that its predecessor did not.
 *   <li>Rings of different releases are independent (a late ring of one month may overlap an early
 *       ring of the next).
 * </ul>
 *
 * <p>Text form ({@link #parse(String)} / {@link #toString()}), one item per line, blank lines and
 * lines starting with '#' ignored:
 *
 * <pre>
 * window PT+1d 22:00-04:00 Europe/Berlin except 2025-12-24
 * ring pilot +0d soak 2d group WSUS Pilot
 * ring broad prev+3d soak 0 group All Computers
 * </pre>
 *
 * {@code +Nd} counts from the spec's day, {@code prev+Nd} from the previous ring's day; the group
 * is the rest of the line.
 *
 * @param spec the window every ring shares
 * @param rings the rings in deployment order
 */
public record RingPlan(PatchWindowSpec spec, List<Ring> rings) {

  /** Most rings in one plan. */
  public static final int MAX_RINGS = 20;

  /** Latest day of any ring, in days after Patch Tuesday. */
  public static final int MAX_EFFECTIVE_OFFSET_DAYS = 180;

  /** The single ring of {@link #of(PatchWindowSpec)}. */
  public static final String DEFAULT_RING = "all";

  /** WSUS's built-in root target group. */
  public static final String ALL_COMPUTERS = "All Computers";

  /** Validates the plan; see the class documentation. */
  public RingPlan {
    Objects.requireNonNull(spec, "spec");
    rings = List.copyOf(Objects.requireNonNull(rings, "rings"));
    if (rings.isEmpty() || rings.size() > MAX_RINGS) {
      throw new IllegalArgumentException(
          "a ring plan needs 1 to " + MAX_RINGS + " rings, not " + rings.size());
    }
    Set<String> names = new HashSet<>();
    for (Ring ring : rings) {
      if (!names.add(ring.name().toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("ring name '" + ring.name() + "' is used twice");
      }
    }
    if (rings.get(0).countsFrom() == Ring.CountsFrom.PREVIOUS_RING) {
      throw new IllegalArgumentException(
          "ring '"
              + rings.get(0).name()
              + "' is the first ring; it cannot count from a previous one");
    }
    int[] offsets = effectiveOffsets(spec, rings);
    long startMinute = spec.start().getHour() * 60L + spec.start().getMinute();
    long lengthMinutes = spec.nominalLength().toMinutes();
    for (int i = 0; i < rings.size(); i++) {
      if (offsets[i] > MAX_EFFECTIVE_OFFSET_DAYS) {
        throw new IllegalArgumentException(
            "ring '"
                + rings.get(i).name()
                + "' falls on "
                + PatchWindowSpec.formatOffset(offsets[i])
                + ", later than "
                + PatchWindowSpec.formatOffset(MAX_EFFECTIVE_OFFSET_DAYS));
      }
      if (i == 0) {
        continue;
      }
      Ring previous = rings.get(i - 1);
      // Minutes after Patch Tuesday 00:00 on an ordinary day (no daylight-saving change).
      long start = offsets[i] * 1440L + startMinute;
      long ready =
          offsets[i - 1] * 1440L + startMinute + lengthMinutes + previous.soak().toMinutes();
      if (start < ready) {
        throw new IllegalArgumentException(
            "ring '"
                + rings.get(i).name()
                + "' starts at "
                + nominal(start)
                + ", before ring '"
                + previous.name()
                + "' has ended ("
                + nominal(offsets[i - 1] * 1440L + startMinute + lengthMinutes)
                + ") and soaked "
                + formatSoak(previous.soak())
                + "; it may start at "
                + nominal(ready)
                + " at the earliest");
      }
    }
  }

  /** A plan of one ring covering {@value #ALL_COMPUTERS}. */
  public static RingPlan of(PatchWindowSpec spec) {
    return new RingPlan(
        spec, List.of(Ring.afterWindowDay(DEFAULT_RING, 0, Duration.ZERO, ALL_COMPUTERS)));
  }

  /** Starts a plan for {@code spec}. */
  public static Builder builder(PatchWindowSpec spec) {
    return new Builder(spec);
  }

  /** Parses the text form; see the class documentation. */
  public static RingPlan parse(String text) {
    return RingPlanParser.parse(text);
  }

  /** The ring named {@code name} (case-insensitive). */
  public Ring ring(String name) {
    for (Ring ring : rings) {
      if (ring.name().equalsIgnoreCase(name)) {
        return ring;
      }
    }
    throw new IllegalArgumentException("no ring named '" + name + "' in " + ringNames());
  }

  /** The ring names in order. */
  public List<String> ringNames() {
    return rings.stream().map(Ring::name).toList();
  }

  /** Each ring's day as days after Patch Tuesday, in ring order. */
  public List<Integer> ringDayOffsets() {
    List<Integer> list = new ArrayList<>();
    for (int offset : effectiveOffsets(spec, rings)) {
      list.add(offset);
    }
    return List.copyOf(list);
  }

  /**
   * The windows of {@code release}, in ring order, with blackouts and the soak gate applied; rings
   * whose window is skipped are absent.
   */
  public List<PatchWindow> windowsFor(YearMonth release) {
    LocalDate patchTuesday = PatchTuesday.dateIn(release);
    int[] offsets = effectiveOffsets(spec, rings);
    List<PatchWindow> windows = new ArrayList<>(rings.size());
    Instant ready = null;
    for (int i = 0; i < rings.size(); i++) {
      Ring ring = rings.get(i);
      LocalDate day = patchTuesday.plusDays(offsets[i]);
      if (spec.isBlackout(day)) {
        break; // later rings never run a release their predecessor skipped
      }
      WindowResolver.Resolved resolved = WindowResolver.resolve(spec, day);
      Instant start = resolved.start();
      Instant end = resolved.end();
      if (ready != null && start.isBefore(ready)) {
        Duration shortfall = Duration.between(start, ready);
        start = ready;
        end = end.plus(shortfall);
      }
      windows.add(
          new PatchWindow(release, ring.name(), ring.targetGroup(), day, start, end, spec.zone()));
      ready = end.plus(ring.soak());
    }
    return windows;
  }

  /** The canonical text form, which {@link #parse(String)} reads back to an equal plan. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("window ").append(spec);
    for (Ring ring : rings) {
      text.append("\nring ")
          .append(ring.name())
          .append(ring.countsFrom() == Ring.CountsFrom.PREVIOUS_RING ? " prev+" : " +")
          .append(ring.offsetDays())
          .append("d soak ")
          .append(formatSoak(ring.soak()))
          .append(" group ")
          .append(ring.targetGroup());
    }
    return text.toString();
  }

  static int[] effectiveOffsets(PatchWindowSpec spec, List<Ring> rings) {
    int[] offsets = new int[rings.size()];
    for (int i = 0; i < rings.size(); i++) {
      Ring ring = rings.get(i);
      long base =
          ring.countsFrom() == Ring.CountsFrom.PREVIOUS_RING && i > 0
              ? offsets[i - 1]
              : spec.offsetDays();
      offsets[i] = (int) Math.min(Integer.MAX_VALUE / 2, base + ring.offsetDays());
    }
    return offsets;
  }

  private static String formatSoak(Duration soak) {
    return soak.isZero() ? "0" : PatchWindowSpec.formatLength(soak);
  }

  private static String nominal(long minutesAfterPatchTuesday) {
    long days = Math.floorDiv(minutesAfterPatchTuesday, 1440);
    long minutes = Math.floorMod(minutesAfterPatchTuesday, 1440);
    return String.format(
        Locale.ROOT,
        "%s %02d:%02d",
        PatchWindowSpec.formatOffset((int) days),
        minutes / 60,
        minutes % 60);
  }

  /** Collects rings in deployment order. */
  public static final class Builder {
    private final PatchWindowSpec spec;
    private final List<Ring> rings = new ArrayList<>();

    private Builder(PatchWindowSpec spec) {
      this.spec = Objects.requireNonNull(spec, "spec");
    }

    /** Appends {@code ring}. */
    public Builder ring(Ring ring) {
      rings.add(Objects.requireNonNull(ring, "ring"));
      return this;
    }

    /** Appends a ring {@code days} after the spec's day. */
    public Builder afterWindowDay(String name, int days, Duration soak, String targetGroup) {
      return ring(Ring.afterWindowDay(name, days, soak, targetGroup));
    }

    /** Appends a ring {@code days} after the previous ring's day. */
    public Builder afterPreviousRing(String name, int days, Duration soak, String targetGroup) {
      return ring(Ring.afterPreviousRing(name, days, soak, targetGroup));
    }

    /** The validated plan. */
    public RingPlan build() {
      return new RingPlan(spec, rings);
    }
  }
}
