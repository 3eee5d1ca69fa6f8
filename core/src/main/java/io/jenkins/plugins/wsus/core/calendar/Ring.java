package io.jenkins.plugins.wsus.core.calendar;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One deployment ring (pilot to broad): which WSUS target group it covers, when its window falls
 * and how long it soaks before the next ring may start.
 *
 * @param name short unique name, letters, digits, '.', '_' or '-' (e.g. {@code pilot})
 * @param offsetDays days added to the day it counts from ({@link CountsFrom}); never negative
 * @param countsFrom what {@code offsetDays} counts from
 * @param soak time after this ring's window ends before the next ring may start
 * @param targetGroup the WSUS target group name the ring approves for (e.g. {@code All Computers})
 */
public record Ring(
    String name, int offsetDays, CountsFrom countsFrom, Duration soak, String targetGroup) {

  /** Longest soak accepted. */
  public static final Duration MAX_SOAK = Duration.ofDays(60);

  /** Longest target group name accepted (WSUS limits names to 256 characters). */
  public static final int MAX_TARGET_GROUP_LENGTH = 256;

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  /** What a ring's day offset counts from. */
  public enum CountsFrom {
    /**
     * The window spec's day, Patch Tuesday + the spec's offset; with a {@code PT+0d} spec this is
     * simply "days after Patch Tuesday".
     */
    WINDOW_DAY,
    /** The previous ring's day. */
    PREVIOUS_RING
  }

  /** Validates every part. */
  public Ring {
    Objects.requireNonNull(name, "ring name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "ring name '"
              + name
              + "' must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit");
    }
    if (offsetDays < 0) {
      throw new IllegalArgumentException(
          "ring '" + name + "' has a negative offset (" + offsetDays + "d)");
    }
    Objects.requireNonNull(countsFrom, "countsFrom");
    Objects.requireNonNull(soak, "soak");
    if (soak.isNegative()) {
      throw new IllegalArgumentException("ring '" + name + "' has a negative soak time " + soak);
    }
    if (soak.compareTo(MAX_SOAK) > 0) {
      throw new IllegalArgumentException(
          "ring '" + name + "' soaks " + soak + ", longer than " + MAX_SOAK.toDays() + " days");
    }
    Objects.requireNonNull(targetGroup, "targetGroup");
    if (targetGroup.isBlank()
        || targetGroup.length() > MAX_TARGET_GROUP_LENGTH
        || !targetGroup.equals(targetGroup.strip())
        || targetGroup.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(
          "ring '"
              + name
              + "' needs a target group name of 1-256 characters without control characters or"
              + " surrounding blanks");
    }
  }

  /** A ring {@code days} after the spec's day (Patch Tuesday + the spec's offset). */
  public static Ring afterWindowDay(String name, int days, Duration soak, String targetGroup) {
    return new Ring(name, days, CountsFrom.WINDOW_DAY, soak, targetGroup);
  }

  /** A ring {@code days} after the previous ring's day. */
  public static Ring afterPreviousRing(String name, int days, Duration soak, String targetGroup) {
    return new Ring(name, days, CountsFrom.PREVIOUS_RING, soak, targetGroup);
  }
}
