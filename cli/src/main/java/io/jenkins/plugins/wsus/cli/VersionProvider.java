package io.jenkins.plugins.wsus.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (set by the build). */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Wsusctl.class.getPackage().getImplementationVersion();
    return new String[] {"wsusctl " + (version == null ? "(development build)" : version)};
  }
}
