package io.jenkins.plugins.wsus.core.calendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Turns a spec's wall-clock window on one day into instants. The daylight-saving rule lives here,
 * in one place: {@code LocalDateTime.atZone} moves a time in a gap forward by the gap and picks the
 * earlier offset in an overlap, which is exactly the documented rule.
 */
final class WindowResolver {

  /** One resolved occurrence, {@code [start, end)}. */
  record Resolved(Instant start, Instant end) {}

  private WindowResolver() {}

  static Resolved resolve(PatchWindowSpec spec, LocalDate day) {
    Instant start = day.atTime(spec.start()).atZone(spec.zone()).toInstant();
    if (spec.endTime() == null) {
      return new Resolved(start, start.plus(spec.length()));
    }
    LocalDate endDay = spec.endTime().isAfter(spec.start()) ? day : day.plusDays(1);
    Instant end = endDay.atTime(spec.endTime()).atZone(spec.zone()).toInstant();
    if (!end.isAfter(start)) {
      // Only when a short window starts inside a gap and the shifted start passes its end
      // (02:10-03:05 on a 02:00->03:00 night): the whole window moves by the gap instead.
      end = start.plus(spec.nominalLength());
    }
    return new Resolved(start, end);
  }
}
