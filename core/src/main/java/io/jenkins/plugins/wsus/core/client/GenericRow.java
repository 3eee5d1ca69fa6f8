package io.jenkins.plugins.wsus.core.client;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * One {@code GenericReadableRow}: the {@code anyType} values in order, typed from their {@code
 * xsi:type} ({@code Integer}, {@code Long}, {@code Short}, {@code Byte}, {@code Boolean}, {@code
 * String}, {@code Instant}, {@code UUID}, {@code byte[]}, {@code BigDecimal}, {@code Double};
 * {@code null} for {@code xsi:nil}; untyped text as {@code String}).
 */
record GenericRow(List<Object> values) {

  GenericRow {
    values = Collections.unmodifiableList(new ArrayList<>(values));
  }

  int size() {
    return values.size();
  }

  Object value(int index) {
    return index < values.size() ? values.get(index) : null;
  }

  /** A GUID column (also accepts GUID text sent as a string). */
  UUID uuid(int index, String column) {
    Object v = required(index, column);
    if (v instanceof UUID u) {
      return u;
    }
    if (v instanceof String s) {
      return XmlValues.parseGuid(column, s);
    }
    throw wrongType(index, column, "a GUID", v);
  }

  /** A GUID column that may be null. */
  UUID optionalUuid(int index, String column) {
    return value(index) == null ? null : uuid(index, column);
  }

  /** An integral column (int, short, byte, long within int range, or digits as text). */
  long integral(int index, String column) {
    Object v = required(index, column);
    if (v instanceof Number n && !(v instanceof Double)) {
      return n.longValue();
    }
    if (v instanceof String s) {
      return XmlValues.parseLong(column, s);
    }
    throw wrongType(index, column, "an integer", v);
  }

  /** An integral column that must fit an int. */
  int intValue(int index, String column) {
    long v = integral(index, column);
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      throw new MalformedResponse(column + " (position " + index + ") is out of int range: " + v);
    }
    return (int) v;
  }

  /** A text column that may be null; other scalar types are rendered as text. */
  String string(int index) {
    Object v = value(index);
    return v == null ? null : v instanceof byte[] ? null : v.toString();
  }

  Instant instant(int index, String column) {
    Object v = required(index, column);
    if (v instanceof Instant i) {
      return i;
    }
    if (v instanceof String s) {
      return XmlValues.parseDateTime(column, s);
    }
    throw wrongType(index, column, "a dateTime", v);
  }

  private Object required(int index, String column) {
    if (index >= values.size()) {
      throw new MalformedResponse(
          "row has " + values.size() + " values; expected " + column + " at position " + index);
    }
    Object v = values.get(index);
    if (v == null) {
      throw new MalformedResponse(column + " (position " + index + ") is nil");
    }
    return v;
  }

  private static MalformedResponse wrongType(int index, String column, String expected, Object v) {
    return new MalformedResponse(
        column
            + " (position "
            + index
            + ") should be "
            + expected
            + " but is a "
            + v.getClass().getSimpleName());
  }
}
