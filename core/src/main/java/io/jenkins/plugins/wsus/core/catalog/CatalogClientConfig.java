package io.jenkins.plugins.wsus.core.catalog;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Settings of a {@link CatalogClient}. Start from {@link #defaults()} and change what you need with
 * the {@code with...} methods.
 *
 * @param baseUrl the catalog root, {@code https://www.catalog.update.microsoft.com} by default
 * @param allowedDownloadHosts host names download URLs may point at; Microsoft has moved downloads
 *     between hosts several times, so this is configuration, not code
 * @param connectTimeout TCP connect timeout
 * @param responseTimeout socket read timeout (time without a byte from the server)
 * @param maxResponseDuration cap on the whole body read, against servers that dribble bytes just
 *     fast enough to beat {@code responseTimeout}
 * @param maxPageBytes cap on any response body; reading stops there with a typed error
 * @param maxPages upper bound on pages one search follows (the catalog itself stops at 40)
 * @param pageParameter query-string parameter carrying the zero-based page index; the recorded 2025
 *     page's script sets {@code Constants.QueryStringPageIndex}, whose value lives in an unrecorded
 *     script, and third-party tools use {@code p}
 */
public record CatalogClientConfig(
    URI baseUrl,
    List<String> allowedDownloadHosts,
    Duration connectTimeout,
    Duration responseTimeout,
    Duration maxResponseDuration,
    long maxPageBytes,
    int maxPages,
    String pageParameter) {

  /** The public catalog. */
  public static final URI DEFAULT_BASE_URL = URI.create("https://www.catalog.update.microsoft.com");

  /** Download hosts seen in catalog answers from 2019 to 2025. */
  public static final List<String> DEFAULT_DOWNLOAD_HOSTS =
      List.of(
          "download.windowsupdate.com",
          "catalog.s.download.windowsupdate.com",
          "catalog.sf.dl.delivery.mp.microsoft.com");

  public CatalogClientConfig {
    Objects.requireNonNull(baseUrl, "baseUrl");
    if (baseUrl.getScheme() == null || baseUrl.getHost() == null) {
      throw new IllegalArgumentException("catalog base URL must be absolute: " + baseUrl);
    }
    allowedDownloadHosts =
        allowedDownloadHosts.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(responseTimeout, "responseTimeout");
    if (connectTimeout.isNegative() || connectTimeout.isZero()) {
      throw new IllegalArgumentException("connectTimeout must be positive");
    }
    if (responseTimeout.isNegative() || responseTimeout.isZero()) {
      throw new IllegalArgumentException("responseTimeout must be positive");
    }
    Objects.requireNonNull(maxResponseDuration, "maxResponseDuration");
    if (maxResponseDuration.isNegative() || maxResponseDuration.isZero()) {
      throw new IllegalArgumentException("maxResponseDuration must be positive");
    }
    if (maxPageBytes < 1024) {
      throw new IllegalArgumentException("maxPageBytes must be at least 1024, was " + maxPageBytes);
    }
    if (maxPages < 1) {
      throw new IllegalArgumentException("maxPages must be at least 1, was " + maxPages);
    }
    if (pageParameter == null || pageParameter.isBlank()) {
      throw new IllegalArgumentException("pageParameter must not be blank");
    }
  }

  /**
   * The public catalog, 10 s connect, 60 s without data, 120 s per response, 4 MiB per page, 40
   * pages.
   */
  public static CatalogClientConfig defaults() {
    return new CatalogClientConfig(
        DEFAULT_BASE_URL,
        DEFAULT_DOWNLOAD_HOSTS,
        Duration.ofSeconds(10),
        Duration.ofSeconds(60),
        Duration.ofSeconds(120),
        4L * 1024 * 1024,
        40,
        "p");
  }

  public CatalogClientConfig withBaseUrl(URI url) {
    return new CatalogClientConfig(
        url,
        allowedDownloadHosts,
        connectTimeout,
        responseTimeout,
        maxResponseDuration,
        maxPageBytes,
        maxPages,
        pageParameter);
  }

  public CatalogClientConfig withAllowedDownloadHosts(List<String> hosts) {
    return new CatalogClientConfig(
        baseUrl,
        hosts,
        connectTimeout,
        responseTimeout,
        maxResponseDuration,
        maxPageBytes,
        maxPages,
        pageParameter);
  }

  public CatalogClientConfig withTimeouts(Duration connect, Duration response) {
    return new CatalogClientConfig(
        baseUrl,
        allowedDownloadHosts,
        connect,
        response,
        maxResponseDuration,
        maxPageBytes,
        maxPages,
        pageParameter);
  }

  public CatalogClientConfig withMaxResponseDuration(Duration value) {
    return new CatalogClientConfig(
        baseUrl,
        allowedDownloadHosts,
        connectTimeout,
        responseTimeout,
        value,
        maxPageBytes,
        maxPages,
        pageParameter);
  }

  public CatalogClientConfig withMaxPageBytes(long bytes) {
    return new CatalogClientConfig(
        baseUrl,
        allowedDownloadHosts,
        connectTimeout,
        responseTimeout,
        maxResponseDuration,
        bytes,
        maxPages,
        pageParameter);
  }

  public CatalogClientConfig withMaxPages(int pages) {
    return new CatalogClientConfig(
        baseUrl,
        allowedDownloadHosts,
        connectTimeout,
        responseTimeout,
        maxResponseDuration,
        maxPageBytes,
        pages,
        pageParameter);
  }

  public CatalogClientConfig withPageParameter(String name) {
    return new CatalogClientConfig(
        baseUrl,
        allowedDownloadHosts,
        connectTimeout,
        responseTimeout,
        maxResponseDuration,
        maxPageBytes,
        maxPages,
        name);
  }

  /** Whether a download URL's host is on the allow-list (exact host match, case-insensitive). */
  public boolean isAllowedDownloadHost(String host) {
    return host != null && allowedDownloadHosts.contains(host.toLowerCase(Locale.ROOT));
  }
}
