package io.jenkins.plugins.wsus.core.client;

/**
 * The server's answer could not be understood: not XML, not the expected SOAP shape, too large, or
 * with a DTD or entity (which is never resolved).
 */
public final class WsusMalformedResponseException extends WsusException {
  private static final long serialVersionUID = 1L;

  private final String problem;

  public WsusMalformedResponseException(
      String operation, String server, String problem, Throwable cause) {
    super(
        operation,
        server,
        "malformed response: "
            + problem
            + "; check that the URL points at a WSUS server's /ApiRemoting30/WebService.asmx and"
            + " that no proxy rewrites the answer",
        cause);
    this.problem = problem;
  }

  /** What was wrong with the response. */
  public String problem() {
    return problem;
  }
}
