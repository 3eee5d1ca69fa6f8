package io.jenkins.plugins.wsus;

import hudson.Extension;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.wsus.connect.ConnectionTester;
import io.jenkins.plugins.wsus.core.engine.SyncRequest;
import io.jenkins.plugins.wsus.credentials.ServerCredentials;
import io.jenkins.plugins.wsus.form.Check;
import io.jenkins.plugins.wsus.form.Checks;
import io.jenkins.plugins.wsus.form.FieldChecks;
import io.jenkins.plugins.wsus.security.JenkinsPermissions;
import java.io.Serializable;
import java.time.Duration;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * One WSUS server as an administrator configures it under Manage Jenkins. Holds no secret: the
 * password lives in the credentials store and is resolved at the moment of use.
 */
public final class WsusServer extends AbstractDescribableImpl<WsusServer> implements Serializable {
  private static final long serialVersionUID = 1L;

  static final int DEFAULT_CONNECT_TIMEOUT_SECONDS = 10;
  static final int DEFAULT_RESPONSE_TIMEOUT_SECONDS = 60;
  static final int MAX_TIMEOUT_SECONDS = 600;

  private final String name;
  private final String url;
  private String credentialsId;
  private String caCertificate;
  private String upstreamLabel;
  private boolean kerberos;
  private int connectTimeoutSeconds = DEFAULT_CONNECT_TIMEOUT_SECONDS;
  private int responseTimeoutSeconds = DEFAULT_RESPONSE_TIMEOUT_SECONDS;

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
    this.credentialsId = blankToNull(credentialsId);
  }

  /** PEM text of the CA certificates to trust for this server (https only); null for the JVM's. */
  public String getCaCertificate() {
    return caCertificate;
  }

  @DataBoundSetter
  public void setCaCertificate(String caCertificate) {
    this.caCertificate = blankToNull(caCertificate);
  }

  /** Servers with the same upstream label share one upstream circuit breaker. */
  public String getUpstreamLabel() {
    return upstreamLabel;
  }

  @DataBoundSetter
  public void setUpstreamLabel(String upstreamLabel) {
    this.upstreamLabel = blankToNull(upstreamLabel);
  }

  /**
   * The label whose breaker guards this server's upstream: the upstream label, or {@code auto}
   * (read from the server's own configuration at each sync, so that servers behind Microsoft
   * Update, or behind the same upstream WSUS, share one breaker).
   */
  public String effectiveUpstreamLabel() {
    return upstreamLabel == null ? SyncRequest.AUTO_UPSTREAM : upstreamLabel;
  }

  /**
   * Whether to offer Kerberos (SPNEGO) before NTLM. Only honoured when the controller's JVM has a
   * Kerberos configuration (java.security.krb5.conf); NTLM is always offered.
   */
  public boolean isKerberos() {
    return kerberos;
  }

  @DataBoundSetter
  public void setKerberos(boolean kerberos) {
    this.kerberos = kerberos;
  }

  public int getConnectTimeoutSeconds() {
    return connectTimeoutSeconds;
  }

  @DataBoundSetter
  public void setConnectTimeoutSeconds(int connectTimeoutSeconds) {
    this.connectTimeoutSeconds = connectTimeoutSeconds;
  }

  public int getResponseTimeoutSeconds() {
    return responseTimeoutSeconds;
  }

  @DataBoundSetter
  public void setResponseTimeoutSeconds(int responseTimeoutSeconds) {
    this.responseTimeoutSeconds = responseTimeoutSeconds;
  }

  public Duration connectTimeout() {
    return Duration.ofSeconds(connectTimeoutSeconds);
  }

  public Duration responseTimeout() {
    return Duration.ofSeconds(responseTimeoutSeconds);
  }

  /** Fields added in later versions come back as 0/null from old XML; default them here. */
  protected Object readResolve() {
    if (connectTimeoutSeconds <= 0) {
      connectTimeoutSeconds = DEFAULT_CONNECT_TIMEOUT_SECONDS;
    }
    if (responseTimeoutSeconds <= 0) {
      responseTimeoutSeconds = DEFAULT_RESPONSE_TIMEOUT_SECONDS;
    }
    return this;
  }

  @Override
  public String toString() {
    return "WsusServer[" + name + " " + url + "]";
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  /** The checks of this entry's fields, shared by the form and the configuration's validation. */
  public static final class Fields {
    private Fields() {}

    public static Check connectTimeout(String value) {
      return FieldChecks.intInRange("Connect timeout (seconds)", value, 1, MAX_TIMEOUT_SECONDS);
    }

    public static Check responseTimeout(String value) {
      return FieldChecks.intInRange("Response timeout (seconds)", value, 1, MAX_TIMEOUT_SECONDS);
    }

    public static Check credentialsId(String value) {
      return value == null || value.isBlank()
          ? Check.error(
              "Credentials are required: a username/password of an account in the WSUS"
                  + " Administrators group")
          : Check.ok();
    }
  }

  /** Descriptor for the repeatable server entry of the global configuration. */
  @Extension
  public static final class DescriptorImpl extends Descriptor<WsusServer> {
    @Override
    public String getDisplayName() {
      return "WSUS server";
    }

    public FormValidation doCheckName(@QueryParameter String value) {
      return adminCheck(FieldChecks.serverName(value));
    }

    public FormValidation doCheckUrl(@QueryParameter String value) {
      return adminCheck(FieldChecks.serverUrl(value));
    }

    public FormValidation doCheckCredentialsId(@QueryParameter String value) {
      return adminCheck(Fields.credentialsId(value));
    }

    public FormValidation doCheckCaCertificate(
        @QueryParameter String value, @QueryParameter String url) {
      return adminCheck(FieldChecks.caCertificate(value, url));
    }

    public FormValidation doCheckUpstreamLabel(@QueryParameter String value) {
      return adminCheck(FieldChecks.upstreamLabel(value));
    }

    public FormValidation doCheckConnectTimeoutSeconds(@QueryParameter String value) {
      return adminCheck(Fields.connectTimeout(value));
    }

    public FormValidation doCheckResponseTimeoutSeconds(@QueryParameter String value) {
      return adminCheck(Fields.responseTimeout(value));
    }

    /**
     * Administrators see every username/password credential; anyone else sees only the current
     * value, so the list never enumerates credentials to them.
     */
    @POST
    public ListBoxModel doFillCredentialsIdItems(@QueryParameter String credentialsId) {
      if (!JenkinsPermissions.hasAdminister()) {
        ListBoxModel current = new ListBoxModel();
        current.add(credentialsId == null ? "" : credentialsId, credentialsId);
        return current;
      }
      return ServerCredentials.choices();
    }

    /** Calls GetServerVersion and GetCurrentUserRole with the values in the form. */
    @POST
    public FormValidation doTestConnection(
        @QueryParameter String name,
        @QueryParameter String url,
        @QueryParameter String credentialsId,
        @QueryParameter String caCertificate,
        @QueryParameter String connectTimeoutSeconds,
        @QueryParameter String responseTimeoutSeconds) {
      JenkinsPermissions.checkAdminister();
      return Checks.toForm(
          ConnectionTester.production()
              .test(
                  name,
                  url,
                  credentialsId,
                  caCertificate,
                  connectTimeoutSeconds,
                  responseTimeoutSeconds));
    }

    /** Non-administrators get no feedback about global settings they cannot change. */
    private static FormValidation adminCheck(Check check) {
      return JenkinsPermissions.hasAdminister() ? Checks.toForm(check) : FormValidation.ok();
    }
  }
}
