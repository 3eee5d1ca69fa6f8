package io.jenkins.plugins.wsus.ops;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes a result safe to hand to a Pipeline script (CPS and the sandbox): a fresh {@code
 * LinkedHashMap} of String keys whose values are String, Number, Boolean, null, or lists and maps
 * of those. Instants become ISO-8601 text, enums their name, anything else its {@code toString}.
 */
public final class ResultMaps {
  private ResultMaps() {}

  public static Map<String, Object> plain(Map<?, ?> result) {
    Map<String, Object> copy = new LinkedHashMap<>();
    if (result != null) {
      result.forEach((k, v) -> copy.put(String.valueOf(k), value(v)));
    }
    return copy;
  }

  private static Object value(Object v) {
    if (v == null || v instanceof String || v instanceof Boolean) {
      return v;
    }
    if (v instanceof Number n) {
      return n instanceof Integer || n instanceof Long || n instanceof Double ? n : n.toString();
    }
    if (v instanceof Map<?, ?> m) {
      return plain(m);
    }
    if (v instanceof Collection<?> c) {
      List<Object> list = new ArrayList<>();
      c.forEach(e -> list.add(value(e)));
      return list;
    }
    if (v instanceof Enum<?> e) {
      return e.name();
    }
    if (v instanceof TemporalAccessor) {
      return v.toString();
    }
    return String.valueOf(v);
  }
}
