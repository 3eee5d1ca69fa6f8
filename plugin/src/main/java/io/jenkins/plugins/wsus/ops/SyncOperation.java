package io.jenkins.plugins.wsus.ops;

import io.jenkins.plugins.wsus.form.Check;
import io.jenkins.plugins.wsus.form.Durations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Model object of {@code wsusSync} and the freestyle "WSUS: synchronize" step. */
public final class SyncOperation extends ServerOperation {
  private static final long serialVersionUID = 1L;

  public static final String DEFAULT_TIMEOUT = "6h";
  static final Duration MIN_TIMEOUT = Duration.ofMinutes(1);
  static final Duration MAX_TIMEOUT = Duration.ofHours(48);

  private String timeout = DEFAULT_TIMEOUT;
  private boolean allowDegraded = true;
  private boolean allowCatalog;
  private boolean keepQuarantine;
  private List<String> kbs = new ArrayList<>();

  public SyncOperation(String server) {
    super(server);
  }

  @Override
  public String functionName() {
    return "wsusSync";
  }

  public String getTimeout() {
    return timeout;
  }

  public void setTimeout(String timeout) {
    this.timeout = timeout == null || timeout.isBlank() ? DEFAULT_TIMEOUT : timeout.trim();
  }

  public boolean isAllowDegraded() {
    return allowDegraded;
  }

  public void setAllowDegraded(boolean allowDegraded) {
    this.allowDegraded = allowDegraded;
  }

  public boolean isAllowCatalog() {
    return allowCatalog;
  }

  public void setAllowCatalog(boolean allowCatalog) {
    this.allowCatalog = allowCatalog;
  }

  /**
   * Whether a quarantined classification stays excluded until a later full sync succeeds, instead
   * of being restored right after the degraded sync.
   */
  public boolean isKeepQuarantine() {
    return keepQuarantine;
  }

  public void setKeepQuarantine(boolean keepQuarantine) {
    this.keepQuarantine = keepQuarantine;
  }

  /** The KB numbers the catalog path imports, as given. */
  public List<String> getKbs() {
    return List.copyOf(kbs);
  }

  public void setKbs(List<String> kbs) {
    this.kbs = new ArrayList<>(Kbs.tokens(kbs));
  }

  public static Check checkTimeout(String value) {
    return Durations.check("timeout", value, MIN_TIMEOUT, MAX_TIMEOUT);
  }

  public static Check checkKbs(String value) {
    List<String> problems = Kbs.problems("kbs", Kbs.tokens(List.of(value == null ? "" : value)));
    return problems.isEmpty() ? Check.ok() : Check.error(problems.get(0));
  }

  @Override
  protected void addProblems(List<String> problems) {
    add(problems, checkTimeout(timeout));
    problems.addAll(Kbs.problems("kbs", kbs));
    if (allowCatalog && kbs.isEmpty()) {
      problems.add("allowCatalog needs kbs: the KB numbers to import from the catalog");
    }
  }

  @Override
  protected SyncRequest build() {
    return new SyncRequest(
        getServer(),
        Durations.parse(timeout),
        allowDegraded,
        allowCatalog,
        Kbs.normalized(kbs),
        keepQuarantine);
  }

  /** Fields added in later versions come back null from old XML; default them here. */
  private Object readResolve() {
    if (timeout == null) {
      timeout = DEFAULT_TIMEOUT;
    }
    if (kbs == null) {
      kbs = new ArrayList<>();
    }
    return this;
  }
}
