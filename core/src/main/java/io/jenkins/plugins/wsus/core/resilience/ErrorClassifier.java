package io.jenkins.plugins.wsus.core.resilience;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.jenkins.plugins.wsus.core.client.WsusHttpException;
import io.jenkins.plugins.wsus.core.client.WsusMalformedResponseException;
import io.jenkins.plugins.wsus.core.client.WsusNetworkException;
import io.jenkins.plugins.wsus.core.client.WsusSoapFaultException;
import io.jenkins.plugins.wsus.core.model.SyncEvent;
import io.jenkins.plugins.wsus.core.model.SynchronizationError;
import io.jenkins.plugins.wsus.core.model.UpdateErrorKind;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Maps every failure the engine sees to an {@link ErrorClass} with a human reason: (a) the typed
 * client errors and plain Java network errors, (b) WSUS synchronization failures (the {@link
 * SynchronizationError} plus the server's error text). Stateless and thread-safe.
 *
 * <p>For sync failures the precise errors (local database, user canceled, import, downstream
 * authentication) decide by themselves; otherwise the error text decides when it is recognised,
 * because WSUS reports very different causes as UssCommunicationError; the error code decides last.
 */
public final class ErrorClassifier {

  /** Recognised error texts, most specific first (real texts from WSUS sync failures). */
  private record TextRule(List<String> allOf, ErrorClass errorClass, String reason) {
    boolean matches(String lowerText) {
      return allOf.stream().allMatch(lowerText::contains);
    }
  }

  private static final List<TextRule> TEXT_RULES =
      List.of(
          rule(
              ErrorClass.CONFIGURATION,
              "TLS: client and server share no protocol or cipher (enable TLS 1.2 for .NET on the"
                  + " WSUS server)",
              "do not possess a common algorithm"),
          rule(
              ErrorClass.CONFIGURATION,
              "the proxy requires authentication (HTTP 407): check the proxy credentials",
              "http status 407"),
          rule(
              ErrorClass.CONFIGURATION,
              "the proxy requires authentication (HTTP 407): check the proxy credentials",
              "proxy authentication required"),
          rule(
              ErrorClass.AUTHENTICATION,
              "the upstream refused the credentials (HTTP 401)",
              "http status 401"),
          rule(
              ErrorClass.AUTHENTICATION,
              "the upstream denied access (HTTP 403)",
              "http status 403"),
          rule(
              ErrorClass.UPSTREAM_METADATA,
              "the upstream metadata service failed on GetUpdateData (a bad update revision)",
              "getupdatedata",
              "internalservererror"),
          rule(
              ErrorClass.UPSTREAM_UNAVAILABLE,
              "the upstream answered HTTP 502 (bad gateway)",
              "http status 502"),
          rule(
              ErrorClass.UPSTREAM_UNAVAILABLE,
              "the upstream answered HTTP 503 (service unavailable)",
              "http status 503"),
          rule(
              ErrorClass.CONFIGURATION,
              "TLS: the certificate is not trusted",
              "could not establish trust relationship"),
          rule(
              ErrorClass.CONFIGURATION,
              "the connection closed during a send: usually TLS 1.2 is not enabled",
              "an unexpected error occurred on a send"),
          rule(
              ErrorClass.CONFIGURATION,
              "the connection closed during a receive: usually TLS 1.2 is not enabled",
              "an unexpected error occurred on a receive"),
          rule(
              ErrorClass.TRANSIENT_NETWORK,
              "the upstream did not answer in time (operation timed out)",
              "the operation has timed out"),
          rule(
              ErrorClass.TRANSIENT_NETWORK,
              "the connection attempt to the upstream timed out",
              "did not properly respond after a period of time"),
          rule(
              ErrorClass.TRANSIENT_NETWORK,
              "the upstream actively refused the connection",
              "actively refused"),
          rule(
              ErrorClass.TRANSIENT_NETWORK,
              "the upstream server could not be reached",
              "unable to connect to the remote server"),
          rule(
              ErrorClass.TRANSIENT_NETWORK,
              "the upstream host name could not be resolved",
              "remote name could not be resolved"));

  /** Errors whose code is more precise than any text that may come with them. */
  private static final Set<SynchronizationError> CODE_DECIDES =
      EnumSet.of(
          SynchronizationError.USER_CANCELED,
          SynchronizationError.LOCAL_DB_CONNECT_FAIL,
          SynchronizationError.LOCAL_DB_TOO_BUSY,
          SynchronizationError.LOCAL_DB_OTHER_ERROR,
          SynchronizationError.IMPORT_UPDATE_ERROR,
          SynchronizationError.DSS_AUTHENTICATION_ERROR);

  private static TextRule rule(ErrorClass errorClass, String reason, String... allOf) {
    return new TextRule(List.of(allOf), errorClass, reason);
  }

  /** Classifies a failed synchronization reported by the server's event history. */
  public Classification classify(SyncEvent event) {
    return classifySyncFailure(event.error(), event.errorText());
  }

  /**
   * Classifies a failed synchronization.
   *
   * @param error the server's synchronization error (null is treated as UNKNOWN)
   * @param errorText the server's error text, may be null
   */
  public Classification classifySyncFailure(SynchronizationError error, String errorText) {
    SynchronizationError code = error == null ? SynchronizationError.UNKNOWN : error;
    String suffix = describe(code, errorText);
    if (!CODE_DECIDES.contains(code)) {
      TextRule rule = matchText(errorText);
      if (rule != null) {
        return new Classification(rule.errorClass(), rule.reason() + suffix);
      }
    }
    return switch (code) {
      case LOCAL_DB_CONNECT_FAIL ->
          of(ErrorClass.LOCAL_DATABASE, "the WSUS server cannot connect to its database", suffix);
      case LOCAL_DB_TOO_BUSY ->
          of(ErrorClass.LOCAL_DATABASE, "the WSUS database is too busy", suffix);
      case LOCAL_DB_OTHER_ERROR ->
          of(ErrorClass.LOCAL_DATABASE, "the WSUS database reported an error", suffix);
      case PROXY_ERROR ->
          of(ErrorClass.CONFIGURATION, "the proxy failed: check the proxy settings", suffix);
      case USS_NOT_FOUND ->
          of(
              ErrorClass.CONFIGURATION,
              "the upstream server was not found: check the upstream server name and port",
              suffix);
      case USS_BUSY -> of(ErrorClass.UPSTREAM_UNAVAILABLE, "the upstream is busy", suffix);
      case USS_INTERNAL_ERROR ->
          of(ErrorClass.UPSTREAM_UNAVAILABLE, "the upstream had an internal error", suffix);
      case USS_OTHER_ERROR -> of(ErrorClass.UPSTREAM_UNAVAILABLE, "the upstream failed", suffix);
      case DSS_AUTHENTICATION_ERROR ->
          of(
              ErrorClass.AUTHENTICATION,
              "the upstream WSUS refused this (downstream) server's authentication",
              suffix);
      case USS_COMMUNICATION_ERROR ->
          of(ErrorClass.TRANSIENT_NETWORK, "communication with the upstream failed", suffix);
      case USER_CANCELED -> of(ErrorClass.CANCELED, "the synchronization was canceled", suffix);
      case IMPORT_UPDATE_ERROR ->
          of(
              ErrorClass.UPSTREAM_METADATA,
              "an update revision could not be imported (bad metadata upstream)",
              suffix);
      case INCOMPATIBLE_PROTOCOL_VERSION ->
          of(
              ErrorClass.CONFIGURATION,
              "the upstream speaks an incompatible protocol version: check the upstream endpoint",
              suffix);
      case APPROVAL_ERROR, LOCAL_UPDATE_MISSING_FOR_APPROVAL ->
          of(ErrorClass.UNKNOWN, "the synchronization failed while applying approvals", suffix);
      case NOT_APPLICABLE, UNKNOWN ->
          of(ErrorClass.UNKNOWN, "the synchronization failed for an unknown reason", suffix);
    };
  }

  /** Classifies a per-update synchronization error. */
  public Classification classifyUpdateError(UpdateErrorKind kind, String updateTitle) {
    String about = updateTitle == null ? "" : " (" + truncate(updateTitle) + ")";
    return switch (kind == null ? UpdateErrorKind.UNKNOWN : kind) {
      case METADATA_INVALID ->
          new Classification(
              ErrorClass.UPSTREAM_METADATA, "an update's metadata is invalid" + about);
      case DEPENDENCY_NOT_FOUND ->
          new Classification(
              ErrorClass.UPSTREAM_METADATA,
              "an update depends on a revision that is not available" + about);
      case UNKNOWN -> new Classification(ErrorClass.UNKNOWN, "an update failed to sync" + about);
    };
  }

  /** Classifies a thrown error (client errors, Java network errors, Resilience4j rejections). */
  public Classification classify(Throwable failure) {
    Throwable t = unwrap(failure);
    if (t == null) {
      return new Classification(ErrorClass.UNKNOWN, "no error given");
    }
    if (t instanceof ClassifiedFailureException e) {
      return e.classification();
    }
    if (t instanceof WsusNetworkException e) {
      return switch (e.kind()) {
        case TLS -> new Classification(ErrorClass.CONFIGURATION, "TLS: " + e.kind().hint());
        case CONNECTION_REFUSED, CONNECTION_RESET, TIMEOUT, DNS, OTHER ->
            new Classification(ErrorClass.TRANSIENT_NETWORK, e.kind().hint());
      };
    }
    if (t instanceof WsusHttpException e) {
      return classifyHttpStatus(e.status(), e.meaning().hint());
    }
    if (t instanceof WsusSoapFaultException e) {
      return classifySoapFault(e);
    }
    if (t instanceof WsusMalformedResponseException e) {
      return new Classification(
          ErrorClass.UNKNOWN, "malformed response from the server: " + truncate(e.problem()));
    }
    if (t instanceof CallNotPermittedException e) {
      return new Classification(ErrorClass.UPSTREAM_UNAVAILABLE, truncate(e.getMessage()));
    }
    if (t instanceof BulkheadFullException e) {
      return new Classification(
          ErrorClass.UPSTREAM_UNAVAILABLE,
          "too many concurrent calls to the same server: " + truncate(e.getMessage()));
    }
    if (t instanceof TimeoutException) {
      return new Classification(
          ErrorClass.TRANSIENT_NETWORK, "the call exceeded its time limit (callTimeout)");
    }
    if (t instanceof CancellationException || t instanceof InterruptedException) {
      return new Classification(ErrorClass.CANCELED, "the call was canceled");
    }
    if (t instanceof SSLException) {
      return new Classification(ErrorClass.CONFIGURATION, "TLS: " + truncate(t.getMessage()));
    }
    if (t instanceof ConnectException
        || t instanceof SocketTimeoutException
        || t instanceof UnknownHostException
        || t instanceof NoRouteToHostException) {
      return new Classification(
          ErrorClass.TRANSIENT_NETWORK,
          t.getClass().getSimpleName() + ": " + truncate(t.getMessage()));
    }
    if (t instanceof IOException) {
      return new Classification(
          ErrorClass.TRANSIENT_NETWORK, "I/O error: " + truncate(t.getMessage()));
    }
    return new Classification(
        ErrorClass.UNKNOWN, t.getClass().getSimpleName() + ": " + truncate(t.getMessage()));
  }

  /** Classifies an HTTP status from a WSUS server, the upstream or the catalog. */
  public Classification classifyHttpStatus(int status, String detail) {
    String suffix = detail == null || detail.isBlank() ? "" : ": " + detail;
    if (status == 401 || status == 403) {
      return new Classification(ErrorClass.AUTHENTICATION, "HTTP " + status + suffix);
    }
    if (status == 407) {
      return new Classification(
          ErrorClass.CONFIGURATION, "HTTP 407: the proxy requires authentication" + suffix);
    }
    if (status == 408 || status == 429 || status == 502 || status == 503 || status == 504) {
      return new Classification(ErrorClass.UPSTREAM_UNAVAILABLE, "HTTP " + status + suffix);
    }
    if (status >= 500) {
      return new Classification(ErrorClass.UNKNOWN, "HTTP " + status + suffix);
    }
    // Other 4xx (404 wrong path, 405, 411...): the request or URL is wrong, not the moment.
    return new Classification(ErrorClass.CONFIGURATION, "HTTP " + status + suffix);
  }

  private Classification classifySoapFault(WsusSoapFaultException e) {
    String inner = e.innerMessage();
    String lower = inner.toLowerCase(Locale.ROOT);
    TextRule rule = matchText(inner);
    if (rule != null) {
      return new Classification(rule.errorClass(), rule.reason() + " (" + truncate(inner) + ")");
    }
    if (lower.contains("sqlexception") || lower.contains("database") || lower.contains("sql ")) {
      return new Classification(
          ErrorClass.LOCAL_DATABASE, "the WSUS database failed (" + truncate(inner) + ")");
    }
    if (lower.contains("unauthorizedaccess") || lower.contains("access is denied")) {
      return new Classification(
          ErrorClass.AUTHENTICATION, "the server denied the operation (" + truncate(inner) + ")");
    }
    if (lower.contains("replica")) {
      return new Classification(
          ErrorClass.CONFIGURATION,
          "the server is a replica and refuses changes (" + truncate(inner) + ")");
    }
    return new Classification(ErrorClass.UNKNOWN, "SOAP fault: " + truncate(inner));
  }

  private static TextRule matchText(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    for (TextRule rule : TEXT_RULES) {
      if (rule.matches(lower)) {
        return rule;
      }
    }
    return null;
  }

  private static Classification of(ErrorClass errorClass, String reason, String suffix) {
    return new Classification(errorClass, reason + suffix);
  }

  private static String describe(SynchronizationError code, String errorText) {
    String text =
        errorText == null || errorText.isBlank() ? "" : ": \"" + truncate(errorText) + "\"";
    return " [" + code.wsusName() + text + "]";
  }

  /** Strips the wrappers that futures add around the real error. */
  static Throwable unwrap(Throwable t) {
    Throwable current = t;
    while ((current instanceof CompletionException || current instanceof ExecutionException)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }

  private static String truncate(String text) {
    if (text == null) {
      return "";
    }
    String oneLine = text.replaceAll("\\s+", " ").trim();
    return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "...";
  }
}
