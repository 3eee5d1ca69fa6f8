package io.jenkins.plugins.wsus.ops;

import java.time.Duration;
import java.util.List;

/**
 * Synchronize a server: upstream first; if allowed, a degraded sync that quarantines the failing
 * classification; if allowed, import {@code catalogKbs} from the Microsoft Update Catalog.
 */
public record SyncRequest(
    String server,
    Duration timeout,
    boolean allowDegraded,
    boolean allowCatalog,
    List<String> catalogKbs,
    boolean keepQuarantine)
    implements OperationRequest {
  private static final long serialVersionUID = 1L;

  public SyncRequest {
    catalogKbs = List.copyOf(catalogKbs);
  }

  @Override
  public String functionName() {
    return "wsusSync";
  }
}
