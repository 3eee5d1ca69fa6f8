package io.jenkins.plugins.wsus;

import hudson.Extension;
import hudson.ExtensionList;
import hudson.util.FormValidation;
import io.jenkins.plugins.wsus.form.Check;
import io.jenkins.plugins.wsus.form.Checks;
import io.jenkins.plugins.wsus.form.FieldChecks;
import io.jenkins.plugins.wsus.security.JenkinsPermissions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jenkins.model.GlobalConfiguration;
import net.sf.json.JSONObject;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest2;

/**
 * Manage Jenkins → System → "WSUS Orchestrator": the WSUS servers jobs may talk to, resilience and
 * catalog settings, and how long evidence is kept. Bound by configuration-as-code through the
 * {@code wsusOrchestrator} symbol; every field has a getter and a {@code @DataBoundSetter}.
 */
@Extension
@Symbol("wsusOrchestrator")
public class WsusOrchestratorConfiguration extends GlobalConfiguration {
  public static final int DEFAULT_EVIDENCE_RETENTION_DAYS = 400;

  /** Guards every field; transient so it is never written to the saved XML. */
  private final transient Object lock = new Object();

  private List<WsusServer> servers = new ArrayList<>();
  private ResilienceSettings resilience = new ResilienceSettings();
  private CatalogSettings catalog = new CatalogSettings();
  private int evidenceRetentionDays = DEFAULT_EVIDENCE_RETENTION_DAYS;

  public WsusOrchestratorConfiguration() {
    load();
  }

  /** The configuration Jenkins holds. */
  public static WsusOrchestratorConfiguration get() {
    return ExtensionList.lookupSingleton(WsusOrchestratorConfiguration.class);
  }

  @Override
  public String getDisplayName() {
    return "WSUS Orchestrator";
  }

  public List<WsusServer> getServers() {
    synchronized (lock) {
      return List.copyOf(servers == null ? List.of() : servers);
    }
  }

  /**
   * @throws IllegalArgumentException when two servers share a name (steps find servers by name)
   */
  @DataBoundSetter
  public void setServers(List<WsusServer> servers) {
    List<WsusServer> copy = servers == null ? new ArrayList<>() : new ArrayList<>(servers);
    List<String> dups = FieldChecks.duplicates(copy.stream().map(WsusServer::getName).toList());
    if (!dups.isEmpty()) {
      throw new IllegalArgumentException(
          "WSUS server names must be unique; used more than once: " + String.join(", ", dups));
    }
    synchronized (lock) {
      this.servers = copy;
    }
    save();
  }

  /** The server called {@code name} (case-insensitive). */
  public Optional<WsusServer> getServer(String name) {
    if (name == null) {
      return Optional.empty();
    }
    return getServers().stream().filter(s -> s.getName().equalsIgnoreCase(name.trim())).findFirst();
  }

  public ResilienceSettings getResilience() {
    synchronized (lock) {
      return resilience;
    }
  }

  /**
   * @throws IllegalArgumentException naming every out-of-range setting
   */
  @DataBoundSetter
  public void setResilience(ResilienceSettings resilience) {
    ResilienceSettings value = resilience == null ? new ResilienceSettings() : resilience;
    List<String> problems = value.problems();
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Resilience settings: " + String.join("; ", problems));
    }
    synchronized (lock) {
      this.resilience = value;
    }
    save();
  }

  public CatalogSettings getCatalog() {
    synchronized (lock) {
      return catalog;
    }
  }

  /**
   * @throws IllegalArgumentException naming every problem with the catalog settings
   */
  @DataBoundSetter
  public void setCatalog(CatalogSettings catalog) {
    CatalogSettings value = catalog == null ? new CatalogSettings() : catalog;
    List<String> problems = value.problems();
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Catalog settings: " + String.join("; ", problems));
    }
    synchronized (lock) {
      this.catalog = value;
    }
    save();
  }

  public int getEvidenceRetentionDays() {
    synchronized (lock) {
      return evidenceRetentionDays;
    }
  }

  /**
   * @throws IllegalArgumentException when outside 1-3650 days
   */
  @DataBoundSetter
  public void setEvidenceRetentionDays(int evidenceRetentionDays) {
    Check check = checkEvidenceRetentionDays(String.valueOf(evidenceRetentionDays));
    if (check.isError()) {
      throw new IllegalArgumentException(check.message());
    }
    synchronized (lock) {
      this.evidenceRetentionDays = evidenceRetentionDays;
    }
    save();
  }

  /**
   * Saves the submitted form. The server list is emptied first: a form whose last server was
   * deleted sends no {@code servers} at all, and binding alone would then keep the old ones.
   */
  @Override
  public boolean configure(StaplerRequest2 req, JSONObject json) throws FormException {
    JenkinsPermissions.checkAdminister();
    synchronized (lock) {
      servers = new ArrayList<>();
    }
    req.bindJSON(this, json);
    return true;
  }

  /** Where core keeps breaker states, journals, health snapshots and evidence. */
  public Path stateDirectory() {
    return getConfigFile()
        .getFile()
        .toPath()
        .toAbsolutePath()
        .getParent()
        .resolve("wsus-orchestrator");
  }

  public FormValidation doCheckEvidenceRetentionDays(@QueryParameter String value) {
    return JenkinsPermissions.hasAdminister()
        ? Checks.toForm(checkEvidenceRetentionDays(value))
        : FormValidation.ok();
  }

  static Check checkEvidenceRetentionDays(String value) {
    return FieldChecks.intInRange("Evidence retention (days)", value, 1, 3650);
  }

  /** Fields added in later versions come back null from old XML; default them here. */
  protected Object readResolve() {
    if (servers == null) {
      servers = new ArrayList<>();
    }
    if (resilience == null) {
      resilience = new ResilienceSettings();
    }
    if (catalog == null) {
      catalog = new CatalogSettings();
    }
    if (evidenceRetentionDays <= 0) {
      evidenceRetentionDays = DEFAULT_EVIDENCE_RETENTION_DAYS;
    }
    return this;
  }
}
