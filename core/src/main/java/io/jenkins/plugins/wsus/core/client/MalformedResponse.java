package io.jenkins.plugins.wsus.core.client;

/**
 * Thrown by the response parsers, which do not know the operation or the server; the client turns
 * it into a {@link WsusMalformedResponseException} that names both.
 */
final class MalformedResponse extends RuntimeException {
  private static final long serialVersionUID = 1L;

  MalformedResponse(String problem) {
    super(problem);
  }

  MalformedResponse(String problem, Throwable cause) {
    super(problem, cause);
  }
}
