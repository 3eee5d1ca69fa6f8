package io.jenkins.plugins.wsus.core.client;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * How to reach and authenticate to one WSUS server. Build it with {@link #builder()}; {@link
 * Builder#build()} validates every field and names the one that is wrong.
 *
 * @param serverName display name used in messages (defaults to the base URL)
 * @param baseUrl {@code http://host:8530} or {@code https://host:8531}; the client appends {@link
 *     #SERVICE_PATH}
 * @param account the Windows account
 * @param password the account's password (masked in {@code toString()})
 * @param caPem optional PEM CA bundle to trust instead of the JVM trust store (HTTPS only)
 * @param connectTimeout time to establish a TCP (and TLS) connection
 * @param responseTimeout the longest wait for data on an open connection (socket timeout); the
 *     whole call, connecting included, is aborted after {@code connectTimeout + responseTimeout}
 * @param maxResponseBytes answers larger than this are refused
 * @param maxConnections pooled keep-alive connections to the server
 * @param kerberos whether to offer SPNEGO/Kerberos (only honoured when the JVM has a Kerberos
 *     configuration); NTLM is always offered
 */
public record WsusClientConfig(
    String serverName,
    URI baseUrl,
    WsusAccount account,
    Secret password,
    String caPem,
    Duration connectTimeout,
    Duration responseTimeout,
    long maxResponseBytes,
    int maxConnections,
    boolean kerberos) {

  /** The service path under the base URL. */
  public static final String SERVICE_PATH = "/ApiRemoting30/WebService.asmx";

  /** Default cap on an answer's size: 8 MiB. */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 8L * 1024 * 1024;

  public WsusClientConfig {
    if (baseUrl == null || account == null || password == null) {
      throw new IllegalArgumentException("baseUrl, account and password are required");
    }
  }

  /** The full service URL. */
  public URI serviceUrl() {
    String base = baseUrl.toString();
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    return URI.create(base + SERVICE_PATH);
  }

  /** Whether the connection is HTTPS. */
  public boolean https() {
    return "https".equalsIgnoreCase(baseUrl.getScheme());
  }

  @Override
  public String toString() {
    return "WsusClientConfig[server="
        + serverName
        + ", baseUrl="
        + baseUrl
        + ", account="
        + account
        + ", password=****, caPem="
        + (caPem == null ? "none" : "set")
        + ", connectTimeout="
        + connectTimeout
        + ", responseTimeout="
        + responseTimeout
        + ", maxResponseBytes="
        + maxResponseBytes
        + ", maxConnections="
        + maxConnections
        + "]";
  }

  /** A builder with defaults: 10 s connect, 60 s response, 8 MiB, 8 connections. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a validated {@link WsusClientConfig}. */
  public static final class Builder {
    private String serverName;
    private String baseUrl;
    private String account;
    private Secret password;
    private String caPem;
    private Path caPemFile;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration responseTimeout = Duration.ofSeconds(60);
    private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    private int maxConnections = 8;
    private boolean kerberos;

    private Builder() {}

    /** Display name used in messages; defaults to the base URL. */
    public Builder serverName(String serverName) {
      this.serverName = serverName;
      return this;
    }

    /** {@code http://host:8530} or {@code https://host:8531} (no path, no credentials). */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    /** DOMAIN&#92;user or {@code user@domain}. */
    public Builder account(String account) {
      this.account = account;
      return this;
    }

    /** The password (copied; wipe your array afterwards). */
    public Builder password(char[] password) {
      this.password = password == null ? null : Secret.of(password);
      return this;
    }

    /** The password. */
    public Builder password(Secret password) {
      this.password = password;
      return this;
    }

    /** PEM text of the CA certificates to trust instead of the JVM trust store. */
    public Builder caPem(String pem) {
      this.caPem = pem;
      return this;
    }

    /** A PEM file of the CA certificates to trust instead of the JVM trust store. */
    public Builder caPemFile(Path file) {
      this.caPemFile = file;
      return this;
    }

    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = timeout;
      return this;
    }

    public Builder responseTimeout(Duration timeout) {
      this.responseTimeout = timeout;
      return this;
    }

    public Builder maxResponseBytes(long bytes) {
      this.maxResponseBytes = bytes;
      return this;
    }

    public Builder maxConnections(int connections) {
      this.maxConnections = connections;
      return this;
    }

    /** Offer SPNEGO/Kerberos where the JVM is configured for it (off by default). */
    public Builder kerberos(boolean kerberos) {
      this.kerberos = kerberos;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @throws IllegalArgumentException naming the field that is wrong and why
     */
    public WsusClientConfig build() {
      URI url = validateBaseUrl(baseUrl);
      WsusAccount parsedAccount = WsusAccount.parse(account);
      if (password == null) {
        throw new IllegalArgumentException("password is required for account " + parsedAccount);
      }
      if (password.isEmpty()) {
        throw new IllegalArgumentException("password must not be empty");
      }
      String pem = caPem;
      if (caPemFile != null) {
        if (pem != null) {
          throw new IllegalArgumentException("caPem and caPemFile are both set: use one");
        }
        try {
          pem = java.nio.file.Files.readString(caPemFile);
        } catch (java.io.IOException e) {
          throw new IllegalArgumentException(
              "caPemFile " + caPemFile + " cannot be read: " + e.getMessage(), e);
        }
      }
      if (pem != null && !pem.contains("-----BEGIN CERTIFICATE-----")) {
        throw new IllegalArgumentException(
            "caPem must contain at least one '-----BEGIN CERTIFICATE-----' block");
      }
      if (pem != null && !"https".equals(url.getScheme())) {
        throw new IllegalArgumentException("caPem is set but baseUrl " + url + " is not https");
      }
      requirePositive("connectTimeout", connectTimeout);
      requirePositive("responseTimeout", responseTimeout);
      if (maxResponseBytes < 1024) {
        throw new IllegalArgumentException(
            "maxResponseBytes must be at least 1024, was " + maxResponseBytes);
      }
      if (maxConnections < 1 || maxConnections > 1000) {
        throw new IllegalArgumentException(
            "maxConnections must be between 1 and 1000, was " + maxConnections);
      }
      String name = serverName == null || serverName.isBlank() ? url.toString() : serverName;
      return new WsusClientConfig(
          name,
          url,
          parsedAccount,
          password,
          pem,
          connectTimeout,
          responseTimeout,
          maxResponseBytes,
          maxConnections,
          kerberos);
    }

    private static void requirePositive(String field, Duration value) {
      if (value == null || value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(field + " must be a positive duration, was " + value);
      }
    }

    /** The URL text with any user info masked, so a password typed into it never echoes. */
    private static String shown(String text) {
      return text.replaceAll("//[^/]*@", "//****@");
    }

    private static URI validateBaseUrl(String text) {
      if (text == null || text.isBlank()) {
        throw new IllegalArgumentException(
            "baseUrl is required, e.g. http://wsus01:8530 or https://wsus01:8531");
      }
      URI uri;
      try {
        uri = new URI(text.trim());
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException(
            "baseUrl '" + shown(text) + "' is not a URL: " + e.getReason());
      }
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        throw new IllegalArgumentException(
            "baseUrl '" + shown(text) + "' must start with http:// or https://");
      }
      if (uri.getHost() == null || uri.getHost().isBlank()) {
        throw new IllegalArgumentException("baseUrl '" + shown(text) + "' has no host name");
      }
      if (uri.getRawUserInfo() != null) {
        // Never echo the URL here: the user info may hold a password.
        throw new IllegalArgumentException(
            "baseUrl must not contain credentials; use account and password");
      }
      String path = uri.getPath() == null ? "" : uri.getPath();
      if (!path.isEmpty() && !path.equals("/")) {
        throw new IllegalArgumentException(
            "baseUrl '"
                + shown(text)
                + "' must not have a path (the client appends "
                + SERVICE_PATH
                + ")");
      }
      if (uri.getQuery() != null || uri.getFragment() != null) {
        throw new IllegalArgumentException(
            "baseUrl '" + shown(text) + "' must not have a query or fragment");
      }
      try {
        return new URI(scheme, null, uri.getHost(), uri.getPort(), null, null, null);
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException(
            "baseUrl '" + shown(text) + "' is not a URL: " + e.getReason());
      }
    }
  }
}
