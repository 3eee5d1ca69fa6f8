package io.jenkins.plugins.wsus.ops;

import io.jenkins.plugins.wsus.form.Check;
import java.util.ArrayList;
import java.util.List;

/** Model object of {@code wsusCatalogImport} and the freestyle "WSUS: import from catalog" step. */
public final class CatalogImportOperation extends ServerOperation {
  private static final long serialVersionUID = 1L;

  private List<String> kbs = new ArrayList<>();

  public CatalogImportOperation(String server) {
    super(server);
  }

  @Override
  public String functionName() {
    return "wsusCatalogImport";
  }

  public List<String> getKbs() {
    return List.copyOf(kbs);
  }

  public void setKbs(List<String> kbs) {
    this.kbs = new ArrayList<>(Kbs.tokens(kbs));
  }

  public static Check checkKbs(String value) {
    List<String> tokens = Kbs.tokens(List.of(value == null ? "" : value));
    if (tokens.isEmpty()) {
      return Check.error("kbs is required: the KB numbers to import, e.g. KB5062553");
    }
    List<String> problems = Kbs.problems("kbs", tokens);
    return problems.isEmpty() ? Check.ok() : Check.error(problems.get(0));
  }

  @Override
  protected void addProblems(List<String> problems) {
    if (kbs.isEmpty()) {
      problems.add("kbs is required: the KB numbers to import, e.g. ['KB5062553']");
    }
    problems.addAll(Kbs.problems("kbs", kbs));
  }

  @Override
  protected CatalogImportRequest build() {
    return new CatalogImportRequest(getServer(), Kbs.normalized(kbs));
  }

  private Object readResolve() {
    if (kbs == null) {
      kbs = new ArrayList<>();
    }
    return this;
  }
}
