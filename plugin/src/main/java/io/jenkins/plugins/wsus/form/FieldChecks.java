package io.jenkins.plugins.wsus.form;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The checks behind every {@code doCheck*} method: pure functions from the typed text to a {@link
 * Check}. They never echo a URL's user info (it may hold a password).
 */
public final class FieldChecks {
  /** Server names and upstream labels: short, no spaces, safe in URLs and file names. */
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private static final Pattern HOST =
      Pattern.compile(
          "(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");

  private FieldChecks() {}

  public static Check required(String what, String value) {
    return value == null || value.isBlank() ? Check.error(what + " is required") : Check.ok();
  }

  /** A server name: required, 1-64 of letters, digits, '.', '_' and '-'. */
  public static Check serverName(String value) {
    if (value == null || value.isBlank()) {
      return Check.error("Name is required: steps refer to the server by it");
    }
    if (!NAME.matcher(value.trim()).matches()) {
      return Check.error(
          "Name must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit");
    }
    return Check.ok();
  }

  /** An upstream label: optional, same syntax as a server name. */
  public static Check upstreamLabel(String value) {
    if (value == null || value.isBlank()) {
      return Check.ok(
          "Empty: read from the server's configuration (Microsoft Update, or its upstream WSUS),"
              + " so servers behind the same upstream share its breaker");
    }
    if (!NAME.matcher(value.trim()).matches()) {
      return Check.error(
          "Upstream label must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or"
              + " digit");
    }
    return Check.ok();
  }

  /** A WSUS base URL: http(s), a host, an optional port, no credentials, path, query. */
  public static Check serverUrl(String value) {
    if (value == null || value.isBlank()) {
      return Check.error(
          "URL is required, e.g. http://wsus01.corp.example:8530 or"
              + " https://wsus01.corp.example:8531");
    }
    Check base = baseUrl("URL", value, false);
    if (base.isError()) {
      return base;
    }
    URI uri = URI.create(value.trim());
    if (uri.getScheme().equalsIgnoreCase("http")) {
      return Check.warning(
          "Plain HTTP: WSUS answers and approvals travel unencrypted; prefer https (port 8531)");
    }
    return Check.ok();
  }

  /** A catalog base URL: http(s), a host, no credentials, query or fragment; a path is allowed. */
  public static Check catalogUrl(String value) {
    if (value == null || value.isBlank()) {
      return Check.error("Catalog URL is required, e.g. https://www.catalog.update.microsoft.com");
    }
    Check base = baseUrl("Catalog URL", value, true);
    if (base.isError()) {
      return base;
    }
    if (URI.create(value.trim()).getScheme().equalsIgnoreCase("http")) {
      return Check.warning("Plain HTTP: only use it for a local simulator or mirror");
    }
    return Check.ok();
  }

  private static Check baseUrl(String what, String value, boolean pathAllowed) {
    URI uri;
    try {
      uri = new URI(value.trim());
    } catch (URISyntaxException e) {
      return Check.error(what + " is not a URL: " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Check.error(what + " must start with http:// or https://");
    }
    if (uri.getRawUserInfo() != null) {
      return Check.error(what + " must not contain a user name or password; use credentials");
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      return Check.error(what + " has no host name");
    }
    if (uri.getPort() != -1 && (uri.getPort() < 1 || uri.getPort() > 65535)) {
      return Check.error(what + " port must be between 1 and 65535, was " + uri.getPort());
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    if (!pathAllowed && !path.isEmpty() && !path.equals("/")) {
      return Check.error(
          what + " must not have a path: the plugin appends /ApiRemoting30/WebService.asmx");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      return Check.error(what + " must not have a query or fragment");
    }
    return Check.ok();
  }

  /** An optional PEM bundle of CA certificates; it must parse and only makes sense for https. */
  public static Check caCertificate(String pem, String url) {
    if (pem == null || pem.isBlank()) {
      return Check.ok();
    }
    if (!pem.contains("-----BEGIN CERTIFICATE-----")) {
      return Check.error(
          "CA certificate must be PEM text with at least one '-----BEGIN CERTIFICATE-----' block");
    }
    int count;
    try {
      count =
          CertificateFactory.getInstance("X.509")
              .generateCertificates(
                  new ByteArrayInputStream(pem.trim().getBytes(StandardCharsets.US_ASCII)))
              .size();
    } catch (CertificateException | RuntimeException e) {
      return Check.error("CA certificate does not parse as PEM X.509: " + e.getMessage());
    }
    if (count == 0) {
      return Check.error("CA certificate holds no certificate");
    }
    if (url != null && url.trim().toLowerCase(Locale.ROOT).startsWith("http://")) {
      return Check.error("A CA certificate is only used with https; the URL is http");
    }
    return Check.ok(count == 1 ? "1 certificate" : count + " certificates");
  }

  /** An integer between {@code min} and {@code max} inclusive. */
  public static Check intInRange(String what, String value, int min, int max) {
    if (value == null || value.isBlank()) {
      return Check.error(what + " is required (" + min + "-" + max + ")");
    }
    int n;
    try {
      n = Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      return Check.error(what + " must be a whole number, was '" + value.trim() + "'");
    }
    if (n < min || n > max) {
      return Check.error(what + " must be between " + min + " and " + max + ", was " + n);
    }
    return Check.ok();
  }

  /** Host names, one per line (or separated by commas or spaces), without scheme or path. */
  public static Check hostList(String what, String value) {
    List<String> hosts = splitHosts(value);
    if (hosts.isEmpty()) {
      return Check.error(what + ": at least one host is required");
    }
    List<String> bad = new ArrayList<>();
    for (String h : hosts) {
      if (!HOST.matcher(h).matches()) {
        bad.add(h);
      }
    }
    return bad.isEmpty()
        ? Check.ok()
        : Check.error(
            what + ": not host names (no scheme, port or path): " + String.join(", ", bad));
  }

  /** The host names in {@code value}, lower case, in order, without duplicates. */
  public static List<String> splitHosts(String value) {
    List<String> hosts = new ArrayList<>();
    if (value != null) {
      for (String part : value.split("[\\s,;]+")) {
        String h = part.trim().toLowerCase(Locale.ROOT);
        if (!h.isEmpty() && !hosts.contains(h)) {
          hosts.add(h);
        }
      }
    }
    return hosts;
  }

  /** Names that occur more than once (case-insensitive), in first-seen order. */
  public static List<String> duplicates(Collection<String> names) {
    List<String> seen = new ArrayList<>();
    List<String> dups = new ArrayList<>();
    for (String n : names) {
      String key = n == null ? "" : n.trim().toLowerCase(Locale.ROOT);
      if (seen.contains(key)) {
        if (!dups.contains(n)) {
          dups.add(n);
        }
      } else {
        seen.add(key);
      }
    }
    return dups;
  }
}
