package io.jenkins.plugins.wsus.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A server's configuration ({@code ExecuteSPGetConfiguration}, {@code ConfigurationTableRow}): the
 * fields the product reasons about, typed, plus the whole row as sent so that nothing is lost when
 * it is written back.
 *
 * @param syncToMicrosoftUpdate {@code SyncToMU}: upstream is Microsoft Update (else a WSUS server)
 * @param upstreamServerName {@code UpstreamServerName}, may be null
 * @param serverPortNumber {@code ServerPortNumber} of the upstream server
 * @param upstreamServerUseSsl {@code UpstreamServerUseSsl}
 * @param replicaMode {@code ReplicaMode}: a replica refuses approval and subscription changes
 * @param useProxy {@code UseProxy}
 * @param proxyName {@code ProxyName}, may be null
 * @param proxyServerPort {@code ProxyServerPort}
 * @param muUrl {@code MUUrl}, may be null
 * @param subscriptionFailureNumberOfRetries {@code SubscriptionFailureNumberOfRetries}
 * @param subscriptionFailureWaitBetweenRetriesTime {@code
 *     subscriptionFailureWaitBetweenRetriesTime} as sent
 * @param rawRow every child of {@code Configuration} in document order, element name to text (null
 *     for an absent or nil value)
 */
public record ServerConfiguration(
    boolean syncToMicrosoftUpdate,
    String upstreamServerName,
    int serverPortNumber,
    boolean upstreamServerUseSsl,
    boolean replicaMode,
    boolean useProxy,
    String proxyName,
    int proxyServerPort,
    String muUrl,
    int subscriptionFailureNumberOfRetries,
    long subscriptionFailureWaitBetweenRetriesTime,
    Map<String, String> rawRow) {
  public ServerConfiguration {
    rawRow = Collections.unmodifiableMap(new LinkedHashMap<>(rawRow == null ? Map.of() : rawRow));
  }
}
