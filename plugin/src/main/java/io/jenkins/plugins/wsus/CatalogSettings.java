package io.jenkins.plugins.wsus;

import hudson.Extension;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import hudson.util.FormValidation;
import io.jenkins.plugins.wsus.form.Check;
import io.jenkins.plugins.wsus.form.Checks;
import io.jenkins.plugins.wsus.form.FieldChecks;
import io.jenkins.plugins.wsus.security.JenkinsPermissions;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;

/**
 * Where the Microsoft Update Catalog is and which hosts downloads may come from. Download hosts
 * have changed several times, so they are configuration, not code.
 */
public final class CatalogSettings extends AbstractDescribableImpl<CatalogSettings>
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final String DEFAULT_BASE_URL = "https://www.catalog.update.microsoft.com";
  public static final String DEFAULT_ALLOWED_DOWNLOAD_HOSTS =
      "catalog.s.download.windowsupdate.com\n"
          + "download.windowsupdate.com\n"
          + "catalog.sf.dl.delivery.mp.microsoft.com";

  private String baseUrl = DEFAULT_BASE_URL;
  private String allowedDownloadHosts = DEFAULT_ALLOWED_DOWNLOAD_HOSTS;

  @DataBoundConstructor
  public CatalogSettings() {}

  public String getBaseUrl() {
    return baseUrl;
  }

  @DataBoundSetter
  public void setBaseUrl(String baseUrl) {
    this.baseUrl = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl.trim();
  }

  /** One host per line, as the administrator wrote them. */
  public String getAllowedDownloadHosts() {
    return allowedDownloadHosts;
  }

  @DataBoundSetter
  public void setAllowedDownloadHosts(String allowedDownloadHosts) {
    this.allowedDownloadHosts =
        allowedDownloadHosts == null || allowedDownloadHosts.isBlank()
            ? DEFAULT_ALLOWED_DOWNLOAD_HOSTS
            : String.join("\n", FieldChecks.splitHosts(allowedDownloadHosts));
  }

  /** The allowed download hosts, lower case, without duplicates. */
  public List<String> allowedDownloadHostList() {
    return FieldChecks.splitHosts(allowedDownloadHosts);
  }

  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    Check url = FieldChecks.catalogUrl(baseUrl);
    if (url.isError()) {
      problems.add(url.message());
    }
    Check hosts = FieldChecks.hostList("Allowed download hosts", allowedDownloadHosts);
    if (hosts.isError()) {
      problems.add(hosts.message());
    }
    return problems;
  }

  /** Fields added in later versions come back null from old XML; default them here. */
  protected Object readResolve() {
    if (baseUrl == null || baseUrl.isBlank()) {
      baseUrl = DEFAULT_BASE_URL;
    }
    if (allowedDownloadHosts == null || allowedDownloadHosts.isBlank()) {
      allowedDownloadHosts = DEFAULT_ALLOWED_DOWNLOAD_HOSTS;
    }
    return this;
  }

  /** Descriptor: one check per field, shown only to administrators. */
  @Extension
  public static final class DescriptorImpl extends Descriptor<CatalogSettings> {
    @Override
    public String getDisplayName() {
      return "Microsoft Update Catalog";
    }

    public FormValidation doCheckBaseUrl(@QueryParameter String value) {
      return JenkinsPermissions.hasAdminister()
          ? Checks.toForm(FieldChecks.catalogUrl(value))
          : FormValidation.ok();
    }

    public FormValidation doCheckAllowedDownloadHosts(@QueryParameter String value) {
      return JenkinsPermissions.hasAdminister()
          ? Checks.toForm(FieldChecks.hostList("Allowed download hosts", value))
          : FormValidation.ok();
    }
  }
}
