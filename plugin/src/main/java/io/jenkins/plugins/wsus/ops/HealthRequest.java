package io.jenkins.plugins.wsus.ops;

/** Report a server's health: verdict, reasons, last success, breaker states. */
public record HealthRequest(String server, boolean probe) implements OperationRequest {
  private static final long serialVersionUID = 1L;

  @Override
  public String functionName() {
    return "wsusHealth";
  }
}
