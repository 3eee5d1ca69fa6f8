package io.jenkins.plugins.wsus.ops;

import java.util.List;

/** Import updates by KB number from the Microsoft Update Catalog into the server. */
public record CatalogImportRequest(String server, List<String> kbs) implements OperationRequest {
  private static final long serialVersionUID = 1L;

  public CatalogImportRequest {
    kbs = List.copyOf(kbs);
  }

  @Override
  public String functionName() {
    return "wsusCatalogImport";
  }
}
