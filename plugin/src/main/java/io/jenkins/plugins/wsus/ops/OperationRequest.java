package io.jenkins.plugins.wsus.ops;

import java.io.Serializable;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable, validated request for one operation on one WSUS server, built by a step or a
 * builder from the same model object. Serializable (it is saved with a running Pipeline) and free
 * of secrets: credentials are resolved when the request runs.
 */
public sealed interface OperationRequest extends Serializable
    permits SyncRequest, HealthRequest, GateRequest, CatalogImportRequest, ApproveRequest {

  /** The configured server's name. */
  String server();

  /** The Pipeline function name of the operation, e.g. {@code wsusSync}. */
  String functionName();

  /**
   * Whether a completed result still means the step must fail (e.g. a closed gate), and why.
   * Results of failed operations arrive as exceptions, not here.
   */
  default Optional<String> failureOf(Map<String, Object> result) {
    return Optional.empty();
  }
}
