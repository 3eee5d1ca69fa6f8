package org.kohsuke.stapler;

import java.net.URL;

/** Declaration of Stapler's {@code HttpResponses}: only the members the plugin uses. */
public class HttpResponses {
  public HttpResponses() {}

  public static HttpResponse staticResource(URL resource) {
    throw new UnsupportedOperationException("compile-only declaration");
  }

  public static HttpResponse redirectToDot() {
    throw new UnsupportedOperationException("compile-only declaration");
  }
}
