package com.cloudbees.plugins.credentials;

import com.cloudbees.plugins.credentials.common.IdCredentials;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import hudson.ExtensionPoint;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.model.ItemGroup;
import hudson.model.Run;
import hudson.util.ListBoxModel;
import java.util.List;
import org.springframework.security.core.Authentication;

/**
 * Declaration of the credentials plugin's {@code CredentialsProvider}: only what the plugin uses.
 */
public abstract class CredentialsProvider extends Descriptor<CredentialsProvider>
    implements ExtensionPoint, Describable<CredentialsProvider> {
  public CredentialsProvider() {}

  public static <C extends Credentials> List<C> lookupCredentialsInItemGroup(
      Class<C> type,
      ItemGroup itemGroup,
      Authentication authentication,
      List<DomainRequirement> domainRequirements) {
    throw new UnsupportedOperationException("compile-only declaration");
  }

  public static <C extends IdCredentials> ListBoxModel listCredentialsInItemGroup(
      Class<C> type,
      ItemGroup itemGroup,
      Authentication authentication,
      List<DomainRequirement> domainRequirements,
      CredentialsMatcher matcher) {
    throw new UnsupportedOperationException("compile-only declaration");
  }

  public static <C extends IdCredentials> C findCredentialById(
      String id, Class<C> type, Run<?, ?> run, List<DomainRequirement> domainRequirements) {
    throw new UnsupportedOperationException("compile-only declaration");
  }

  public static <C extends Credentials> C track(Run build, C credentials) {
    throw new UnsupportedOperationException("compile-only declaration");
  }
}
