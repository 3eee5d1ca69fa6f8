package io.jenkins.plugins.wsus.core.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.DefaultRedirectStrategy;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;

/**
 * The catalog's wire: GET and form POST with {@code Accept-Language: en-US}, timeouts, a body size
 * cap, and HTTP/network failures mapped to typed {@link CatalogException}s. Never retries (the
 * engine owns retries).
 */
final class CatalogHttp implements AutoCloseable {
  private static final String USER_AGENT = "wsus-orchestrator-catalog-client";

  private final CloseableHttpClient http;
  private final long maxBytes;
  private final long maxReadNanos;

  CatalogHttp(CatalogClientConfig config) {
    Timeout connect = Timeout.of(config.connectTimeout());
    Timeout response = Timeout.of(config.responseTimeout());
    this.maxBytes = config.maxPageBytes();
    this.maxReadNanos = config.maxResponseDuration().toNanos();
    this.http =
        HttpClients.custom()
            .setConnectionManager(
                PoolingHttpClientConnectionManagerBuilder.create()
                    .setDefaultConnectionConfig(
                        ConnectionConfig.custom()
                            .setConnectTimeout(connect)
                            .setSocketTimeout(response)
                            .build())
                    .build())
            .setDefaultRequestConfig(
                RequestConfig.custom()
                    .setConnectionRequestTimeout(connect)
                    .setResponseTimeout(response)
                    .build())
            .disableAutomaticRetries()
            .setRedirectStrategy(new SameHostRedirects(config.baseUrl().getHost()))
            .setUserAgent(USER_AGENT)
            .build();
  }

  /**
   * The catalog may redirect within itself (to its error page, say); a redirect to any other host
   * is not followed, so the 3xx answer surfaces as an HTTP error naming the status.
   */
  private static final class SameHostRedirects extends DefaultRedirectStrategy {
    private final String host;

    SameHostRedirects(String host) {
      this.host = host;
    }

    @Override
    public boolean isRedirected(
        org.apache.hc.core5.http.HttpRequest request,
        org.apache.hc.core5.http.HttpResponse response,
        org.apache.hc.core5.http.protocol.HttpContext context)
        throws org.apache.hc.core5.http.ProtocolException {
      if (!super.isRedirected(request, response, context)) {
        return false;
      }
      try {
        java.net.URI location = getLocationURI(request, response, context);
        return location.getHost() == null || location.getHost().equalsIgnoreCase(host);
      } catch (org.apache.hc.core5.http.HttpException badLocation) {
        return false;
      }
    }
  }

  byte[] get(URI url) {
    return execute(new HttpGet(url), url);
  }

  /**
   * POSTs an {@code application/x-www-form-urlencoded} body. The entity has a known length, so
   * Content-Length is always sent (IIS answers 411 without it).
   */
  byte[] postForm(URI url, String urlEncodedForm) {
    HttpPost post = new HttpPost(url);
    post.setEntity(
        new ByteArrayEntity(
            urlEncodedForm.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
            ContentType.APPLICATION_FORM_URLENCODED));
    return execute(post, url);
  }

  private byte[] execute(HttpUriRequestBase request, URI url) {
    request.setHeader("Accept-Language", "en-US");
    request.setHeader("Accept", "text/html");
    long started = System.nanoTime();
    try {
      return http.execute(request, response -> read(response, url, started));
    } catch (CatalogException e) {
      throw e;
    } catch (InterruptedIOException e) {
      throw new CatalogNetworkException(url, "Catalog request timed out", e);
    } catch (IOException e) {
      throw new CatalogNetworkException(url, "Catalog request failed", e);
    }
  }

  private byte[] read(ClassicHttpResponse response, URI url, long started) throws IOException {
    HttpEntity entity = response.getEntity();
    int status = response.getCode();
    if (status != 200) {
      EntityUtils.consumeQuietly(entity);
      throw new CatalogHttpException(url, status, response.getReasonPhrase());
    }
    if (entity == null) {
      return new byte[0];
    }
    if (entity.getContentLength() > maxBytes) {
      throw new CatalogResponseTooLargeException(url, maxBytes);
    }
    try (InputStream in = entity.getContent()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
      byte[] buffer = new byte[16 * 1024];
      long total = 0;
      int n;
      while ((n = in.read(buffer)) != -1) {
        total += n;
        if (total > maxBytes) {
          // Stop reading here; closing the response drops the connection instead of draining it.
          response.close();
          throw new CatalogResponseTooLargeException(url, maxBytes);
        }
        out.write(buffer, 0, n);
        if (System.nanoTime() - started > maxReadNanos) {
          response.close();
          throw new CatalogNetworkException(
              url,
              "Catalog response took longer than " + maxReadNanos / 1_000_000 + " ms",
              new java.util.concurrent.TimeoutException("response duration cap"));
        }
      }
      return out.toByteArray();
    }
  }

  @Override
  public void close() {
    http.close(org.apache.hc.core5.io.CloseMode.IMMEDIATE);
  }
}
