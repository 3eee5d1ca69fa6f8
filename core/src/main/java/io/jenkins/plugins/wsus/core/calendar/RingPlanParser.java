package io.jenkins.plugins.wsus.core.calendar;

import io.jenkins.plugins.wsus.core.calendar.PatchWindowSpecParser.Token;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the text form of {@link RingPlan}; errors name the line, token and position. */
final class RingPlanParser {

  private static final Pattern OFFSET =
      Pattern.compile("(prev)?\\+(\\d{1,3})d", Pattern.CASE_INSENSITIVE);

  private RingPlanParser() {}

  static RingPlan parse(String text) {
    if (text == null) {
      throw new PatchWindowSpecException("ring plan is missing", "", 1);
    }
    if (text.length() > PatchWindowSpecParser.MAX_TEXT_LENGTH) {
      throw new PatchWindowSpecException(
          "ring plan is longer than " + PatchWindowSpecParser.MAX_TEXT_LENGTH + " characters",
          "",
          1);
    }
    PatchWindowSpec spec = null;
    List<Ring> rings = new ArrayList<>();
    int lineStart = 0;
    int lineNumber = 0;
    while (lineStart <= text.length()) {
      int newline = text.indexOf('\n', lineStart);
      int lineEnd = newline < 0 ? text.length() : newline;
      lineNumber++;
      String line = text.substring(lineStart, lineEnd);
      List<Token> tokens = PatchWindowSpecParser.tokenize(line, lineStart + 1);
      int endPosition = lineStart + line.stripTrailing().length() + 1;
      try {
        if (!tokens.isEmpty() && !tokens.get(0).text().startsWith("#")) {
          Token keyword = tokens.get(0);
          if (keyword.text().equalsIgnoreCase("window")) {
            if (spec != null) {
              throw new PatchWindowSpecException(
                  "second 'window' line", keyword.text(), keyword.position());
            }
            spec = PatchWindowSpecParser.parse(tokens.subList(1, tokens.size()), endPosition);
          } else if (keyword.text().equalsIgnoreCase("ring")) {
            if (spec == null) {
              throw new PatchWindowSpecException(
                  "the 'window' line must come before the rings",
                  keyword.text(),
                  keyword.position());
            }
            rings.add(parseRing(tokens, line, lineStart, endPosition));
            validateSoFar(spec, rings, tokens.get(1));
          } else {
            throw new PatchWindowSpecException(
                "expected 'window' or 'ring' at the start of the line",
                keyword.text(),
                keyword.position());
          }
        }
      } catch (PatchWindowSpecException e) {
        throw new PatchWindowSpecException(
            "line " + lineNumber + ": " + e.reason(), e.token(), e.position());
      }
      if (newline < 0) {
        break;
      }
      lineStart = newline + 1;
    }
    if (spec == null) {
      throw new PatchWindowSpecException(
          "ring plan has no 'window' line, e.g. 'window PT+1d 22:00-04:00 Europe/Berlin'", "", 1);
    }
    if (rings.isEmpty()) {
      throw new PatchWindowSpecException(
          "ring plan has no 'ring' line, e.g. 'ring pilot +0d soak 2d group WSUS Pilot'",
          "",
          text.length() + 1);
    }
    return new RingPlan(spec, rings);
  }

  /** Checks the rings read so far, so a plan error points at the ring line that causes it. */
  private static void validateSoFar(PatchWindowSpec spec, List<Ring> rings, Token ringName) {
    try {
      new RingPlan(spec, rings);
    } catch (IllegalArgumentException e) {
      throw new PatchWindowSpecException(e.getMessage(), ringName.text(), ringName.position());
    }
  }

  /** {@code ring <name> (+Nd | prev+Nd) soak <duration> group <rest of line>}. */
  private static Ring parseRing(List<Token> tokens, String line, int lineStart, int endPosition) {
    Token name = require(tokens, 1, "expected the ring name after 'ring'", endPosition);
    Token offset =
        require(tokens, 2, "expected the ring offset (+<days>d or prev+<days>d)", endPosition);
    Matcher m = OFFSET.matcher(offset.text());
    if (!m.matches()) {
      throw new PatchWindowSpecException(
          "malformed ring offset; expected +<days>d (after the window's day) or prev+<days>d (after"
              + " the previous ring)",
          offset.text(),
          offset.position());
    }
    Token soakKeyword =
        require(tokens, 3, "expected 'soak <duration>' after the offset", endPosition);
    expectKeyword(soakKeyword, "soak");
    Token soakToken =
        require(tokens, 4, "expected the soak duration, e.g. 48h, 2d or 0", endPosition);
    Duration soak = PatchWindowSpecParser.parseDuration(soakToken, Ring.MAX_SOAK);
    Token groupKeyword =
        require(tokens, 5, "expected 'group <target group name>' after the soak", endPosition);
    expectKeyword(groupKeyword, "group");
    Token firstGroupWord =
        require(tokens, 6, "expected the target group name after 'group'", endPosition);
    String group = line.substring(firstGroupWord.position() - 1 - lineStart).strip();
    try {
      return new Ring(
          name.text(),
          Integer.parseInt(m.group(2)),
          m.group(1) == null ? Ring.CountsFrom.WINDOW_DAY : Ring.CountsFrom.PREVIOUS_RING,
          soak,
          group);
    } catch (IllegalArgumentException e) {
      throw new PatchWindowSpecException(e.getMessage(), name.text(), name.position());
    }
  }

  private static Token require(List<Token> tokens, int index, String reason, int endPosition) {
    if (tokens.size() <= index) {
      throw new PatchWindowSpecException(reason, "", endPosition);
    }
    return tokens.get(index);
  }

  private static void expectKeyword(Token token, String keyword) {
    if (!token.text().equalsIgnoreCase(keyword)) {
      throw new PatchWindowSpecException(
          "expected '" + keyword + "'", token.text(), token.position());
    }
  }
}
