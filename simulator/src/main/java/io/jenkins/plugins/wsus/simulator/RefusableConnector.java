package io.jenkins.plugins.wsus.simulator;

import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * A connector whose listening socket can be shut before its open connections, for the
 * CONNECTION_REFUSED fault: a client whose request is dropped must already find the port closed.
 */
final class RefusableConnector extends ServerConnector {

  RefusableConnector(Server server, ConnectionFactory... factories) {
    // One acceptor thread, blocked in accept(): interrupting it closes the listening socket.
    super(server, 1, -1, factories);
  }

  /**
   * Closes the listening socket, leaving open connections alone: an acceptor interrupted in
   * accept() closes its channel and ends quietly, where closing the channel under it logs an
   * "Accept Failure" and sleeps.
   */
  void closeListener() {
    interruptAcceptors();
  }
}
