package io.jenkins.plugins.wsus.core.client;

import io.jenkins.plugins.wsus.core.client.WsusNetworkException.Kind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.auth.AuthSchemeFactory;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.Credentials;
import org.apache.hc.client5.http.auth.CredentialsProvider;
import org.apache.hc.client5.http.auth.KerberosConfig;
import org.apache.hc.client5.http.auth.NTCredentials;
import org.apache.hc.client5.http.auth.StandardAuthScheme;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.auth.BasicSchemeFactory;
import org.apache.hc.client5.http.impl.auth.NTLMSchemeFactory;
import org.apache.hc.client5.http.impl.auth.SPNegoSchemeFactory;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.client5.http.ssl.HttpsSupport;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.config.Registry;
import org.apache.hc.core5.http.config.RegistryBuilder;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * Sends SOAP envelopes to one server over Apache HttpClient 5 and returns the bounded answer.
 *
 * <ul>
 *   <li>Authentication: NTLM is registered explicitly (HttpClient no longer registers it by default
 *       since 5.3); Basic only over HTTPS; SPNEGO only when asked for and the JVM has a Kerberos
 *       configuration. Credentials are only given to the configured host and port.
 *   <li>NTLM authenticates a connection, not a request: connections are pooled and kept alive, and
 *       every request carries the user token of the first authenticated exchange so the pool hands
 *       out connections already authenticated as this account (HttpClient keys pooled connections
 *       by that token; a request with a different token would open and authenticate a new one).
 *   <li>No automatic retries, no redirects: the engine owns retrying.
 *   <li>Time: a connect timeout, a socket (idle read) timeout, and a watchdog that aborts the
 *       exchange at connectTimeout + responseTimeout, so a slow drip cannot stretch a call.
 *   <li>Size: answers are read into memory only up to {@code maxResponseBytes}.
 * </ul>
 */
final class ApiRemotingTransport implements AutoCloseable {

  private final WsusClientConfig config;
  private final PoolingHttpClientConnectionManager pool;
  private final CloseableHttpClient http;

  /**
   * One daemon thread aborts overdue exchanges for every client in the process: a fleet of hundreds
   * of servers must not cost a thread per server.
   */
  private static final ScheduledThreadPoolExecutor WATCHDOG = newWatchdog();

  private final AtomicReference<Object> connectionUserToken = new AtomicReference<>();

  ApiRemotingTransport(WsusClientConfig config) {
    this.config = config;
    Timeout connectTimeout = Timeout.of(config.connectTimeout());
    Timeout responseTimeout = Timeout.of(config.responseTimeout());
    PoolingHttpClientConnectionManagerBuilder poolBuilder =
        PoolingHttpClientConnectionManagerBuilder.create()
            .setMaxConnTotal(config.maxConnections())
            .setMaxConnPerRoute(config.maxConnections())
            .setDefaultSocketConfig(SocketConfig.custom().setSoTimeout(responseTimeout).build())
            .setDefaultConnectionConfig(
                ConnectionConfig.custom()
                    .setConnectTimeout(connectTimeout)
                    .setSocketTimeout(responseTimeout)
                    // IIS drops idle keep-alive connections after 120 s: check before reuse.
                    .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                    .build());
    if (config.https()) {
      poolBuilder.setTlsSocketStrategy(
          new DefaultClientTlsStrategy(
              TlsTrust.sslContext(config.caPem()),
              HostnameVerificationPolicy.BOTH,
              HttpsSupport.getDefaultHostnameVerifier()));
    }
    this.pool = poolBuilder.build();
    boolean kerberos = config.kerberos() && jvmHasKerberos();
    this.http =
        HttpClients.custom()
            .setConnectionManager(pool)
            .setDefaultAuthSchemeRegistry(authSchemes(config.https(), kerberos))
            .setDefaultCredentialsProvider(new AccountCredentials(config))
            .setDefaultRequestConfig(
                RequestConfig.custom()
                    .setConnectionRequestTimeout(responseTimeout)
                    .setResponseTimeout(responseTimeout)
                    .setRedirectsEnabled(false)
                    .setExpectContinueEnabled(false)
                    .setTargetPreferredAuthSchemes(preferredSchemes(config.https(), kerberos))
                    .build())
            .disableAutomaticRetries()
            .disableRedirectHandling()
            .disableCookieManagement()
            .setUserAgent("wsus-orchestrator")
            .build();
  }

  private static ScheduledThreadPoolExecutor newWatchdog() {
    ScheduledThreadPoolExecutor executor =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread t = new Thread(r, "wsus-client-watchdog");
              t.setDaemon(true);
              return t;
            });
    executor.setRemoveOnCancelPolicy(true);
    return executor;
  }

  @SuppressWarnings("deprecation") // NTLM is deprecated in HttpClient 5 but WSUS needs it.
  private static Registry<AuthSchemeFactory> authSchemes(boolean https, boolean kerberos) {
    RegistryBuilder<AuthSchemeFactory> registry =
        RegistryBuilder.<AuthSchemeFactory>create()
            .register(StandardAuthScheme.NTLM, NTLMSchemeFactory.INSTANCE);
    if (https) {
      registry.register(StandardAuthScheme.BASIC, BasicSchemeFactory.INSTANCE);
    }
    if (kerberos) {
      registry.register(
          StandardAuthScheme.SPNEGO,
          new SPNegoSchemeFactory(KerberosConfig.DEFAULT, SystemDefaultDnsResolver.INSTANCE));
    }
    return registry.build();
  }

  @SuppressWarnings("deprecation") // the NTLM and SPNEGO scheme names are deprecated with them
  private static List<String> preferredSchemes(boolean https, boolean kerberos) {
    if (kerberos) {
      return https
          ? List.of(StandardAuthScheme.SPNEGO, StandardAuthScheme.NTLM, StandardAuthScheme.BASIC)
          : List.of(StandardAuthScheme.SPNEGO, StandardAuthScheme.NTLM);
    }
    return https
        ? List.of(StandardAuthScheme.NTLM, StandardAuthScheme.BASIC)
        : List.of(StandardAuthScheme.NTLM);
  }

  /** Kerberos needs a krb5 configuration the JVM can find; without one SPNEGO can only fail. */
  private static boolean jvmHasKerberos() {
    return System.getProperty("java.security.krb5.conf") != null
        || (System.getProperty("java.security.krb5.realm") != null
            && System.getProperty("java.security.krb5.kdc") != null);
  }

  /** The raw answer of an HTTP exchange that produced a SOAP answer (200 or 500). */
  record Answer(int status, byte[] body) {}

  /**
   * Posts the envelope and returns the bounded body of a 200 or 500 answer.
   *
   * @throws WsusHttpException for any other status
   * @throws WsusNetworkException when the exchange fails or exceeds its time
   * @throws WsusMalformedResponseException when the body is larger than allowed
   */
  Answer exchange(SoapRequest request) throws WsusException {
    String operation = request.operation();
    String server = config.serverName();
    HttpPost post = new HttpPost(config.serviceUrl());
    post.setHeader("SOAPAction", "\"" + request.soapAction() + "\"");
    post.setHeader("Content-Type", "text/xml; charset=utf-8");
    post.setEntity(new ByteArrayEntity(request.envelope(), null));

    HttpClientContext context = HttpClientContext.create();
    Object token = connectionUserToken.get();
    if (token != null) {
      context.setUserToken(token);
    }
    long budgetNanos = config.connectTimeout().toNanos() + config.responseTimeout().toNanos();
    long deadline = System.nanoTime() + budgetNanos;
    AtomicBoolean timedOut = new AtomicBoolean();
    ScheduledFuture<?> alarm =
        WATCHDOG.schedule(
            () -> {
              timedOut.set(true);
              post.cancel();
            },
            budgetNanos,
            TimeUnit.NANOSECONDS);
    try (ClassicHttpResponse response = http.executeOpen(null, post, context)) {
      rememberUserToken(context);
      int status = response.getCode();
      if (status != 200 && status != 500) {
        post.cancel(); // do not drain an error page we will not read
        throw new WsusHttpException(operation, server, status);
      }
      byte[] body = readBounded(response.getEntity(), post, deadline, timedOut, operation, server);
      return new Answer(status, body);
    } catch (IOException e) {
      if (timedOut.get()) {
        throw new WsusNetworkException(
            operation,
            server,
            Kind.TIMEOUT,
            "no complete answer within " + budgetNanos / 1_000_000 + " ms",
            e);
      }
      throw NetworkErrors.translate(operation, server, e);
    } finally {
      alarm.cancel(false);
    }
  }

  private void rememberUserToken(HttpClientContext context) {
    Object token = context.getUserToken();
    if (token != null) {
      connectionUserToken.compareAndSet(null, token);
    }
  }

  private byte[] readBounded(
      HttpEntity entity,
      HttpPost post,
      long deadline,
      AtomicBoolean timedOut,
      String operation,
      String server)
      throws IOException, WsusException {
    long max = config.maxResponseBytes();
    if (entity == null) {
      return new byte[0];
    }
    if (entity.getContentLength() > max) {
      post.cancel();
      throw tooLarge(operation, server, max);
    }
    ByteArrayOutputStream out =
        new ByteArrayOutputStream((int) Math.min(Math.max(entity.getContentLength(), 1024), max));
    byte[] buffer = new byte[8192];
    try (InputStream in = entity.getContent()) {
      int n;
      while ((n = in.read(buffer)) != -1) {
        if (out.size() + (long) n > max) {
          post.cancel();
          throw tooLarge(operation, server, max);
        }
        out.write(buffer, 0, n);
        if (System.nanoTime() - deadline > 0) {
          timedOut.set(true);
          post.cancel();
          throw new WsusNetworkException(
              operation,
              server,
              Kind.TIMEOUT,
              "the answer was still arriving at the deadline",
              null);
        }
      }
    }
    return out.toByteArray();
  }

  private static WsusMalformedResponseException tooLarge(
      String operation, String server, long max) {
    return new WsusMalformedResponseException(
        operation, server, "response larger than " + max + " bytes", null);
  }

  @Override
  public void close() {
    http.close(CloseMode.GRACEFUL);
    pool.close(CloseMode.GRACEFUL);
  }

  /**
   * Gives the account's credentials to the configured host and port only: NT credentials to NTLM
   * (domain already upper-cased), DOMAIN&#92;user to Basic over HTTPS, nothing otherwise (SPNEGO
   * uses the JVM's Kerberos login).
   */
  private static final class AccountCredentials implements CredentialsProvider {
    private final WsusClientConfig config;
    private final String host;
    private final int port;

    AccountCredentials(WsusClientConfig config) {
      this.config = config;
      this.host = config.baseUrl().getHost().toLowerCase(Locale.ROOT);
      int p = config.baseUrl().getPort();
      this.port = p >= 0 ? p : config.https() ? 443 : 80;
    }

    @Override
    @SuppressWarnings("deprecation") // NTCredentials' constructor is deprecated with NTLM itself.
    public Credentials getCredentials(
        AuthScope scope, org.apache.hc.core5.http.protocol.HttpContext context) {
      if (scope == null
          || scope.getHost() == null
          || !host.equals(scope.getHost().toLowerCase(Locale.ROOT))
          || scope.getPort() != port) {
        return null;
      }
      String scheme = scope.getSchemeName();
      WsusAccount account = config.account();
      if (StandardAuthScheme.NTLM.equalsIgnoreCase(scheme)) {
        return new NTCredentials(
            account.user(), config.password().reveal(), null, account.domain());
      }
      if (StandardAuthScheme.BASIC.equalsIgnoreCase(scheme) && config.https()) {
        return new UsernamePasswordCredentials(account.qualifiedName(), config.password().reveal());
      }
      return null;
    }
  }
}
