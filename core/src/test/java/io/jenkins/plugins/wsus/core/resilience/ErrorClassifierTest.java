package io.jenkins.plugins.wsus.core.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.jenkins.plugins.wsus.core.client.WsusHttpException;
import io.jenkins.plugins.wsus.core.client.WsusMalformedResponseException;
import io.jenkins.plugins.wsus.core.client.WsusNetworkException;
import io.jenkins.plugins.wsus.core.client.WsusSoapFaultException;
import io.jenkins.plugins.wsus.core.model.SynchronizationError;
import io.jenkins.plugins.wsus.core.model.UpdateErrorKind;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The classification table, driven by the real error texts of WSUS sync failures. */
class ErrorClassifierTest {
  private final ErrorClassifier classifier = new ErrorClassifier();

  static Stream<Arguments> syncFailures() {
    return Stream.of(
        // UssCommunicationError: the text decides (July 2025 texts)
        Arguments.of(
            SynchronizationError.USS_COMMUNICATION_ERROR,
            "System.Net.WebException: Unable to connect to the remote server",
            ErrorClass.TRANSIENT_NETWORK,
            "could not be reached"),
        Arguments.of(
            SynchronizationError.USS_COMMUNICATION_ERROR,
            "WebException: The operation has timed out",
            ErrorClass.TRANSIENT_NETWORK,
            "did not answer in time"),
        Arguments.of(
            SynchronizationError.USS_COMMUNICATION_ERROR,
            "A connection attempt failed because the connected party did not properly respond after"
                + " a period of time, or established connection failed because connected host has"
                + " failed to respond",
            ErrorClass.TRANSIENT_NETWORK,
            "connection attempt"),
        Arguments.of(
            SynchronizationError.USS_COMMUNICATION_ERROR,
            "No connection could be made because the target machine actively refused it",
            ErrorClass.TRANSIENT_NETWORK,
            "refused"),
        Arguments.of(
            SynchronizationError.USS_COMMUNICATION_ERROR,
            "The underlying connection was closed: An unexpected error occurred on a send.",
            ErrorClass.CONFIGURATION,
            "TLS 1.2"),
        Arguments.of(
            SynchronizationError.USS_COMMUNICATION_ERROR,
            "The underlying connection was closed: An unexpected error occurred on a receive.",
            ErrorClass.CONFIGURATION,
            "TLS 1.2"),
        Arguments.of(
            SynchronizationError.USS_COMMUNICATION_ERROR,
            "The client and server cannot communicate, because they do not possess a common"
                + " algorithm",
            ErrorClass.CONFIGURATION,
            "TLS"),
        Arguments.of(
            SynchronizationError.PROXY_ERROR,
            "The request failed with HTTP status 407: Proxy Authentication Required",
            ErrorClass.CONFIGURATION,
            "proxy requires authentication"),
        Arguments.of(
            SynchronizationError.USS_COMMUNICATION_ERROR,
            "The request failed with HTTP status 401: Unauthorized",
            ErrorClass.AUTHENTICATION,
            "401"),
        Arguments.of(
            SynchronizationError.USS_COMMUNICATION_ERROR,
            "The request failed with HTTP status 403: Forbidden",
            ErrorClass.AUTHENTICATION,
            "403"),
        Arguments.of(
            SynchronizationError.USS_COMMUNICATION_ERROR,
            "The request failed with HTTP status 502: Bad Gateway",
            ErrorClass.UPSTREAM_UNAVAILABLE,
            "502"),
        Arguments.of(
            SynchronizationError.USS_COMMUNICATION_ERROR,
            "The request failed with HTTP status 503: Service Unavailable",
            ErrorClass.UPSTREAM_UNAVAILABLE,
            "503"),
        Arguments.of(
            SynchronizationError.USS_INTERNAL_ERROR,
            "SoapException: Fault occurred Method ="
                + " \"http://www.microsoft.com/SoftwareDistribution/GetUpdateData\""
                + " ErrorCode=InternalServerError",
            ErrorClass.UPSTREAM_METADATA,
            "GetUpdateData"),
        // the code decides
        Arguments.of(
            SynchronizationError.IMPORT_UPDATE_ERROR,
            "The operation has timed out",
            ErrorClass.UPSTREAM_METADATA,
            "could not be imported"),
        Arguments.of(
            SynchronizationError.LOCAL_DB_TOO_BUSY, null, ErrorClass.LOCAL_DATABASE, "too busy"),
        Arguments.of(
            SynchronizationError.LOCAL_DB_CONNECT_FAIL,
            "Unable to connect to the remote server",
            ErrorClass.LOCAL_DATABASE,
            "database"),
        Arguments.of(
            SynchronizationError.LOCAL_DB_OTHER_ERROR, "", ErrorClass.LOCAL_DATABASE, "database"),
        Arguments.of(
            SynchronizationError.DSS_AUTHENTICATION_ERROR,
            null,
            ErrorClass.AUTHENTICATION,
            "authentication"),
        Arguments.of(SynchronizationError.PROXY_ERROR, null, ErrorClass.CONFIGURATION, "proxy"),
        Arguments.of(SynchronizationError.USER_CANCELED, null, ErrorClass.CANCELED, "canceled"),
        Arguments.of(SynchronizationError.USS_BUSY, null, ErrorClass.UPSTREAM_UNAVAILABLE, "busy"),
        Arguments.of(
            SynchronizationError.USS_NOT_FOUND, null, ErrorClass.CONFIGURATION, "not found"),
        Arguments.of(
            SynchronizationError.INCOMPATIBLE_PROTOCOL_VERSION,
            null,
            ErrorClass.CONFIGURATION,
            "protocol"),
        Arguments.of(
            SynchronizationError.USS_COMMUNICATION_ERROR,
            "something nobody has seen",
            ErrorClass.TRANSIENT_NETWORK,
            "something nobody has seen"),
        Arguments.of(SynchronizationError.UNKNOWN, null, ErrorClass.UNKNOWN, "unknown"),
        Arguments.of(null, null, ErrorClass.UNKNOWN, "unknown"));
  }

  @ParameterizedTest(name = "{0} \"{1}\" -> {2}")
  @MethodSource("syncFailures")
  void classifiesSyncFailures(
      SynchronizationError error, String text, ErrorClass expected, String reasonMentions) {
    Classification c = classifier.classifySyncFailure(error, text);
    assertThat(c.errorClass()).isEqualTo(expected);
    assertThat(c.reason()).containsIgnoringCase(reasonMentions);
    if (error != null) {
      assertThat(c.reason()).contains(error.wsusName());
    }
  }

  @ParameterizedTest
  @EnumSource(SynchronizationError.class)
  void everySyncErrorHasAClassAndReason(SynchronizationError error) {
    Classification c = classifier.classifySyncFailure(error, null);
    assertThat(c.errorClass()).isNotNull();
    assertThat(c.reason()).isNotBlank();
  }

  static Stream<Arguments> thrownErrors() {
    return Stream.of(
        Arguments.of(
            net(WsusNetworkException.Kind.CONNECTION_REFUSED), ErrorClass.TRANSIENT_NETWORK),
        Arguments.of(net(WsusNetworkException.Kind.CONNECTION_RESET), ErrorClass.TRANSIENT_NETWORK),
        Arguments.of(net(WsusNetworkException.Kind.TIMEOUT), ErrorClass.TRANSIENT_NETWORK),
        Arguments.of(net(WsusNetworkException.Kind.DNS), ErrorClass.TRANSIENT_NETWORK),
        Arguments.of(net(WsusNetworkException.Kind.OTHER), ErrorClass.TRANSIENT_NETWORK),
        Arguments.of(net(WsusNetworkException.Kind.TLS), ErrorClass.CONFIGURATION),
        Arguments.of(http(401), ErrorClass.AUTHENTICATION),
        Arguments.of(http(403), ErrorClass.AUTHENTICATION),
        Arguments.of(http(407), ErrorClass.CONFIGURATION),
        Arguments.of(http(404), ErrorClass.CONFIGURATION),
        Arguments.of(http(502), ErrorClass.UPSTREAM_UNAVAILABLE),
        Arguments.of(http(503), ErrorClass.UPSTREAM_UNAVAILABLE),
        Arguments.of(http(504), ErrorClass.UPSTREAM_UNAVAILABLE),
        Arguments.of(http(500), ErrorClass.UNKNOWN),
        Arguments.of(
            fault(
                "Server was unable to process request. ---> SoapException: Method ="
                    + " \"http://www.microsoft.com/SoftwareDistribution/GetUpdateData\""
                    + " ErrorCode=InternalServerError"),
            ErrorClass.UPSTREAM_METADATA),
        Arguments.of(
            fault(
                "Server was unable to process request. ---> System.Data.SqlClient.SqlException:"
                    + " Timeout expired"),
            ErrorClass.LOCAL_DATABASE),
        Arguments.of(
            fault("Server was unable to process request. ---> The server is a replica server"),
            ErrorClass.CONFIGURATION),
        Arguments.of(
            fault("Server was unable to process request. ---> Object reference not set"),
            ErrorClass.UNKNOWN),
        Arguments.of(
            new WsusMalformedResponseException("Ping", "wsus01", "not XML", null),
            ErrorClass.UNKNOWN),
        Arguments.of(new TimeoutException(), ErrorClass.TRANSIENT_NETWORK),
        Arguments.of(new CancellationException(), ErrorClass.CANCELED),
        Arguments.of(new ConnectException("Connection refused"), ErrorClass.TRANSIENT_NETWORK),
        Arguments.of(new SocketTimeoutException("Read timed out"), ErrorClass.TRANSIENT_NETWORK),
        Arguments.of(
            new SSLHandshakeException("PKIX path building failed"), ErrorClass.CONFIGURATION),
        Arguments.of(
            CallNotPermittedException.createCallNotPermittedException(
                CircuitBreaker.ofDefaults("upstream:Microsoft Update")),
            ErrorClass.UPSTREAM_UNAVAILABLE),
        Arguments.of(
            BulkheadFullException.createBulkheadFullException(Bulkhead.ofDefaults("server:a")),
            ErrorClass.UPSTREAM_UNAVAILABLE),
        Arguments.of(new CompletionException(http(401)), ErrorClass.AUTHENTICATION),
        Arguments.of(
            new ClassifiedFailureException(
                new Classification(ErrorClass.UPSTREAM_METADATA, "bad revision")),
            ErrorClass.UPSTREAM_METADATA),
        Arguments.of(new IllegalStateException("bug"), ErrorClass.UNKNOWN));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("thrownErrors")
  void classifiesThrownErrors(Throwable error, ErrorClass expected) {
    Classification c = classifier.classify(error);
    assertThat(c.errorClass()).isEqualTo(expected);
    assertThat(c.reason()).isNotBlank();
  }

  @Test
  void classifiesPerUpdateErrors() {
    assertThat(
            classifier
                .classifyUpdateError(UpdateErrorKind.METADATA_INVALID, "KB5040442")
                .errorClass())
        .isEqualTo(ErrorClass.UPSTREAM_METADATA);
    assertThat(
            classifier.classifyUpdateError(UpdateErrorKind.DEPENDENCY_NOT_FOUND, null).errorClass())
        .isEqualTo(ErrorClass.UPSTREAM_METADATA);
    assertThat(classifier.classifyUpdateError(UpdateErrorKind.UNKNOWN, null).errorClass())
        .isEqualTo(ErrorClass.UNKNOWN);
  }

  @Test
  void tableHasAPolicyForEveryClassAndKeepsAuthenticationAwayFromBreakers() {
    for (ErrorClass c : ErrorClass.values()) {
      assertThat(ErrorClassTable.policyOf(c)).as(c.name()).isNotNull();
    }
    assertThat(ErrorClassTable.policyOf(ErrorClass.AUTHENTICATION))
        .isEqualTo(new ErrorPolicy(false, false, false));
    assertThat(ErrorClassTable.policyOf(ErrorClass.TRANSIENT_NETWORK).retried()).isTrue();
    assertThat(ErrorClassTable.policyOf(ErrorClass.UPSTREAM_METADATA).eligibleForFallback())
        .isTrue();
  }

  private static WsusNetworkException net(WsusNetworkException.Kind kind) {
    return new WsusNetworkException("GetSubscription", "wsus01", kind, null, null);
  }

  private static WsusHttpException http(int status) {
    return new WsusHttpException("GetSubscription", "wsus01", status);
  }

  private static WsusSoapFaultException fault(String faultString) {
    return new WsusSoapFaultException(
        "StartSubscriptionManually", "wsus01", "soap:Server", faultString);
  }
}
