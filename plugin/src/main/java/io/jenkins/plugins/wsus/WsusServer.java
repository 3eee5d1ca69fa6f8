package io.jenkins.plugins.wsus;

import hudson.Extension;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/** One WSUS server as an administrator configures it under Manage Jenkins. */
public final class WsusServer extends AbstractDescribableImpl<WsusServer> {
  private final String name;
  private final String url;
  private String credentialsId;

  @DataBoundConstructor
  public WsusServer(String name, String url) {
    this.name = name == null ? "" : name.trim();
    this.url = url == null ? "" : url.trim();
  }

  public String getName() {
    return name;
  }

  public String getUrl() {
    return url;
  }

  public String getCredentialsId() {
    return credentialsId;
  }

  @DataBoundSetter
  public void setCredentialsId(String credentialsId) {
    this.credentialsId = credentialsId == null || credentialsId.isBlank() ? null : credentialsId;
  }

  /** Descriptor for the repeatable server entry of the global configuration. */
  @Extension
  public static final class DescriptorImpl extends Descriptor<WsusServer> {
    @Override
    public String getDisplayName() {
      return "WSUS server";
    }
  }
}
