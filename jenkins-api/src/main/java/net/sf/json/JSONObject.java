package net.sf.json;

/** Opaque shell of json-lib's {@code JSONObject}: the submitted form, passed on to Stapler. */
public final class JSONObject {
  private JSONObject() {}
}
