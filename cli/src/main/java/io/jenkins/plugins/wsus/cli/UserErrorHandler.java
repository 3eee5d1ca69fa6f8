package io.jenkins.plugins.wsus.cli;

import io.jenkins.plugins.wsus.core.catalog.CatalogException;
import io.jenkins.plugins.wsus.core.client.WsusException;
import io.jenkins.plugins.wsus.core.resilience.SettingsException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a user's mistake into one clear line and an exit code instead of a stack trace. Only a
 * genuine bug prints its stack, and only with WSUSCTL_DEBUG=1.
 */
final class UserErrorHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
    if (e instanceof WsusException || e instanceof CatalogException) {
      // Network, TLS, HTTP status or SOAP fault: the message names the server and what to check.
      cli.getErr().println("wsusctl: " + e.getMessage());
      return ExitCode.UNREACHABLE;
    }
    if (e instanceof SettingsException) {
      cli.getErr().println("wsusctl: " + e.getMessage());
      return ExitCode.USAGE;
    }
    if (e instanceof ConfigurationException || e instanceof IllegalArgumentException) {
      // Parser and validation errors in core are IllegalArgumentExceptions with a precise message.
      cli.getErr().println("wsusctl: " + e.getMessage());
      return ExitCode.USAGE;
    }
    cli.getErr().println("wsusctl: unexpected error: " + e);
    if ("1".equals(System.getenv("WSUSCTL_DEBUG"))) {
      e.printStackTrace(cli.getErr());
    } else {
      cli.getErr().println("(set WSUSCTL_DEBUG=1 to see the stack trace)");
    }
    return ExitCode.FAILED;
  }
}
