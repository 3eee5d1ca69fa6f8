package io.jenkins.plugins.wsus.core.client;

/** The server answered with an HTTP status that is not a SOAP answer. */
public final class WsusHttpException extends WsusException {
  private static final long serialVersionUID = 1L;

  /** What the status means for a WSUS server. */
  public enum Meaning {
    AUTHENTICATION_FAILED(
        "authentication failed (HTTP 401): check the account name, domain and password, and that"
            + " IIS allows Windows authentication"),
    NOT_ADMINISTRATOR(
        "access denied (HTTP 403): the account must be in the \"WSUS Administrators\" group (WSUS"
            + " Reporters may only read)"),
    SERVICE_UNAVAILABLE(
        "service unavailable (HTTP 503): the WsusPool application pool is probably stopped (often"
            + " its private memory limit); check IIS"),
    OTHER(
        "unexpected HTTP status: check the URL (it must point at the WSUS server's port) and IIS");

    private final String hint;

    Meaning(String hint) {
      this.hint = hint;
    }

    /** What it means and what to check. */
    public String hint() {
      return hint;
    }

    /** The meaning of an HTTP status. */
    public static Meaning of(int status) {
      return switch (status) {
        case 401 -> AUTHENTICATION_FAILED;
        case 403 -> NOT_ADMINISTRATOR;
        case 503 -> SERVICE_UNAVAILABLE;
        default -> OTHER;
      };
    }
  }

  private final int status;
  private final Meaning meaning;

  public WsusHttpException(String operation, String server, int status) {
    super(operation, server, Meaning.of(status).hint() + " [HTTP " + status + "]", null);
    this.status = status;
    this.meaning = Meaning.of(status);
  }

  /** The HTTP status code. */
  public int status() {
    return status;
  }

  /** What the status means. */
  public Meaning meaning() {
    return meaning;
  }
}
