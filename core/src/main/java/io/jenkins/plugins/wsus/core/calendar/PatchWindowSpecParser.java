package io.jenkins.plugins.wsus.core.calendar;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the text form of {@link PatchWindowSpec}; every rejection names the token and position. */
final class PatchWindowSpecParser {

  /** Longest text accepted; a spec is one short line. */
  static final int MAX_TEXT_LENGTH = 20_000;

  private static final Pattern OFFSET =
      Pattern.compile("PT([+-])(\\d+)d", Pattern.CASE_INSENSITIVE);
  private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");
  private static final Pattern LENGTH =
      Pattern.compile("(?:(\\d{1,3})d)?(?:(\\d{1,4})h)?(?:(\\d{1,6})m)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final long MAX_RANGE_DAYS = 366;

  /** A blank-separated word of the text and its 1-based position. */
  record Token(String text, int position) {
    Token sub(int from, int to) {
      return new Token(text.substring(from, to), position + from);
    }
  }

  private PatchWindowSpecParser() {}

  static PatchWindowSpec parse(String text) {
    if (text == null) {
      throw new PatchWindowSpecException("patch window spec is missing", "", 1);
    }
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new PatchWindowSpecException(
          "patch window spec is longer than " + MAX_TEXT_LENGTH + " characters", "", 1);
    }
    return parse(tokenize(text, 1), text.length() + 1);
  }

  /** Parses tokens that start a spec; {@code endPosition} is where "missing" errors point. */
  static PatchWindowSpec parse(List<Token> tokens, int endPosition) {
    if (tokens.isEmpty()) {
      throw new PatchWindowSpecException(
          "patch window spec is empty; expected e.g. 'PT+7d 22:00-04:00 Europe/Berlin'", "", 1);
    }
    int offsetDays = parseOffset(tokens.get(0));
    if (tokens.size() < 2) {
      throw new PatchWindowSpecException(
          "expected a time range such as 22:00-04:00 or 20:00+6h after the offset",
          "",
          endPosition);
    }
    Token range = tokens.get(1);
    if (tokens.size() < 3) {
      // Validate the range first so "PT+1d 25:00-04:00" names the hour, not the missing zone.
      parseRange(range, offsetDays, ZoneId.of("UTC"));
      throw new PatchWindowSpecException(
          "expected a time zone such as Europe/Berlin or UTC after the time range",
          "",
          endPosition);
    }
    ZoneId zone = parseZone(tokens.get(2));
    PatchWindowSpec spec = parseRange(range, offsetDays, zone);
    if (tokens.size() == 3) {
      return spec;
    }
    Token keyword = tokens.get(3);
    if (!keyword.text().equalsIgnoreCase("except")) {
      throw new PatchWindowSpecException(
          "unexpected text after the time zone; expected 'except <dates>' or the end",
          keyword.text(),
          keyword.position());
    }
    List<LocalDate> dates = parseDates(tokens.subList(4, tokens.size()), keyword);
    return spec.withBlackoutDates(dates);
  }

  static List<Token> tokenize(String text, int firstPosition) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (Character.isWhitespace(text.charAt(i))) {
        i++;
        continue;
      }
      int begin = i;
      while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      tokens.add(new Token(text.substring(begin, i), firstPosition + begin));
    }
    return tokens;
  }

  static int parseOffset(Token token) {
    String text = token.text();
    if (!text.regionMatches(true, 0, "PT", 0, 2)) {
      throw new PatchWindowSpecException(
          "missing offset: a spec starts with the offset from Patch Tuesday, e.g. PT+7d or PT-1d",
          text,
          token.position());
    }
    Matcher m = OFFSET.matcher(text);
    if (!m.matches()) {
      throw new PatchWindowSpecException(
          "malformed offset; expected PT+<days>d or PT-<days>d, e.g. PT+7d",
          text,
          token.position());
    }
    String digits = m.group(2).length() > 9 ? "999999999" : m.group(2);
    long days = Long.parseLong(digits) * (m.group(1).equals("-") ? -1 : 1);
    if (days < PatchWindowSpec.MIN_OFFSET_DAYS || days > PatchWindowSpec.MAX_OFFSET_DAYS) {
      throw new PatchWindowSpecException(
          "offset out of range "
              + PatchWindowSpec.formatOffset(PatchWindowSpec.MIN_OFFSET_DAYS)
              + ".."
              + PatchWindowSpec.formatOffset(PatchWindowSpec.MAX_OFFSET_DAYS),
          text,
          token.position());
    }
    return (int) days;
  }

  private static PatchWindowSpec parseRange(Token token, int offsetDays, ZoneId zone) {
    String text = token.text();
    int dash = text.indexOf('-');
    int plus = text.indexOf('+');
    if (dash > 0 && plus < 0) {
      LocalTime start = parseTime(token.sub(0, dash), false);
      LocalTime end = parseTime(token.sub(dash + 1, text.length()), true);
      if (end.equals(start)) {
        throw new PatchWindowSpecException(
            "end equals start; use a length such as +24h for a whole-day window",
            text,
            token.position());
      }
      return PatchWindowSpec.wallClock(offsetDays, start, end, zone);
    }
    if (plus > 0 && dash < 0) {
      LocalTime start = parseTime(token.sub(0, plus), false);
      Duration length = parseLength(token.sub(plus + 1, text.length()));
      return PatchWindowSpec.ofLength(offsetDays, start, length, zone);
    }
    throw new PatchWindowSpecException(
        "malformed time range; expected HH:MM-HH:MM (e.g. 22:00-04:00) or HH:MM+<length> (e.g."
            + " 20:00+6h)",
        text,
        token.position());
  }

  private static LocalTime parseTime(Token token, boolean allowMidnight24) {
    Matcher m = TIME.matcher(token.text());
    if (!m.matches()) {
      throw new PatchWindowSpecException(
          "malformed time; expected HH:MM (00:00 to 23:59)", token.text(), token.position());
    }
    int hour = Integer.parseInt(m.group(1));
    int minute = Integer.parseInt(m.group(2));
    if (minute > 59) {
      throw new PatchWindowSpecException(
          "minute " + minute + " is out of range 00-59", token.text(), token.position());
    }
    if (hour == 24 && minute == 0 && allowMidnight24) {
      return LocalTime.MIDNIGHT;
    }
    if (hour > 23) {
      throw new PatchWindowSpecException(
          "hour " + hour + " is out of range 00-23", token.text(), token.position());
    }
    return LocalTime.of(hour, minute);
  }

  static Duration parseLength(Token token) {
    Matcher m = LENGTH.matcher(token.text());
    if (token.text().isEmpty() || !m.matches()) {
      throw new PatchWindowSpecException(
          "malformed length; expected e.g. 6h, 90m, 1h30m or 1d12h",
          token.text(),
          token.position());
    }
    Duration length =
        Duration.ofDays(number(m.group(1)))
            .plusHours(number(m.group(2)))
            .plusMinutes(number(m.group(3)));
    if (length.isZero()) {
      throw new PatchWindowSpecException(
          "length must be longer than zero", token.text(), token.position());
    }
    if (length.compareTo(PatchWindowSpec.MAX_LENGTH) > 0) {
      throw new PatchWindowSpecException(
          "length is longer than 7 days", token.text(), token.position());
    }
    return length;
  }

  /** A length or duration that may be zero (soak times), up to {@code max}. */
  static Duration parseDuration(Token token, Duration max) {
    if (token.text().equals("0")) {
      return Duration.ZERO;
    }
    Matcher m = LENGTH.matcher(token.text());
    if (token.text().isEmpty() || !m.matches()) {
      throw new PatchWindowSpecException(
          "malformed duration; expected e.g. 0, 48h, 2d or 1d12h", token.text(), token.position());
    }
    Duration duration =
        Duration.ofDays(number(m.group(1)))
            .plusHours(number(m.group(2)))
            .plusMinutes(number(m.group(3)));
    if (duration.compareTo(max) > 0) {
      throw new PatchWindowSpecException(
          "duration is longer than " + max.toDays() + " days", token.text(), token.position());
    }
    return duration;
  }

  private static long number(String digits) {
    return digits == null ? 0 : Long.parseLong(digits);
  }

  private static ZoneId parseZone(Token token) {
    try {
      return ZoneId.of(token.text());
    } catch (DateTimeException e) {
      String hint = "";
      for (String id : ZoneId.getAvailableZoneIds()) {
        if (id.equalsIgnoreCase(token.text())) {
          hint = " (did you mean '" + id + "'?)";
          break;
        }
      }
      throw new PatchWindowSpecException(
          "unknown time zone" + hint + "; expected an IANA zone such as Europe/Berlin or UTC",
          token.text(),
          token.position());
    }
  }

  private static List<LocalDate> parseDates(List<Token> tokens, Token keyword) {
    // Split on commas so "a,b", "a, b" and "a ,b" all read alike; commas become their own pieces.
    List<Token> pieces = new ArrayList<>();
    List<Boolean> startsToken = new ArrayList<>();
    for (Token token : tokens) {
      int from = 0;
      boolean first = true;
      String text = token.text();
      for (int i = 0; i <= text.length(); i++) {
        if (i == text.length() || text.charAt(i) == ',') {
          if (i > from) {
            pieces.add(token.sub(from, i));
            startsToken.add(first);
            first = false;
          }
          if (i < text.length()) {
            pieces.add(token.sub(i, i + 1));
            startsToken.add(first);
            first = false;
          }
          from = i + 1;
        }
      }
    }
    SortedSet<LocalDate> dates = new TreeSet<>();
    boolean expectDate = true;
    Token last = keyword;
    for (int i = 0; i < pieces.size(); i++) {
      Token piece = pieces.get(i);
      boolean comma = piece.text().equals(",");
      if (expectDate && comma) {
        throw new PatchWindowSpecException(
            "expected a date (YYYY-MM-DD) before ','", piece.text(), piece.position());
      }
      if (!expectDate && !comma) {
        throw new PatchWindowSpecException(
            startsToken.get(i)
                ? "unexpected text after the blackout dates; separate dates with ','"
                : "expected ',' between dates",
            piece.text(),
            piece.position());
      }
      if (!comma) {
        addDates(piece, dates);
      }
      expectDate = comma;
      last = piece;
    }
    if (expectDate) {
      throw new PatchWindowSpecException(
          last == keyword
              ? "expected at least one date (YYYY-MM-DD) after 'except'"
              : "expected a date (YYYY-MM-DD) after ','",
          "",
          last.position() + last.text().length() + (last == keyword ? 1 : 0));
    }
    return List.copyOf(dates);
  }

  private static void addDates(Token piece, Set<LocalDate> dates) {
    String text = piece.text();
    int dots = text.indexOf("..");
    if (dots < 0) {
      dates.add(parseDate(piece));
    } else {
      LocalDate from = parseDate(piece.sub(0, dots));
      LocalDate to = parseDate(piece.sub(dots + 2, text.length()));
      if (to.isBefore(from)) {
        throw new PatchWindowSpecException(
            "date range ends before it starts", text, piece.position());
      }
      if (ChronoUnit.DAYS.between(from, to) >= MAX_RANGE_DAYS) {
        throw new PatchWindowSpecException(
            "date range is longer than " + MAX_RANGE_DAYS + " days", text, piece.position());
      }
      for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
        dates.add(d);
      }
    }
    if (dates.size() > PatchWindowSpec.MAX_BLACKOUT_DATES) {
      throw new PatchWindowSpecException(
          "more than " + PatchWindowSpec.MAX_BLACKOUT_DATES + " blackout dates",
          text,
          piece.position());
    }
  }

  private static LocalDate parseDate(Token token) {
    if (!DATE.matcher(token.text()).matches()) {
      throw new PatchWindowSpecException(
          "malformed date; expected YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD",
          token.text(),
          token.position());
    }
    try {
      return LocalDate.parse(token.text());
    } catch (DateTimeException e) {
      throw new PatchWindowSpecException(
          "no such date", token.text().toLowerCase(Locale.ROOT), token.position());
    }
  }
}
