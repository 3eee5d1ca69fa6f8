package io.jenkins.plugins.wsus.cli;

/**
 * A user's configuration is wrong; the message says what and where. Exit code {@link
 * ExitCode#USAGE}.
 */
final class ConfigurationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ConfigurationException(String message) {
    super(message);
  }
}
