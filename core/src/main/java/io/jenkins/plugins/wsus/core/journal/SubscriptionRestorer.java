package io.jenkins.plugins.wsus.core.journal;

/**
 * What recovery needs from one server: read its current sets and write sets back. The engine wires
 * it to the WSUS client ({@link WsusSubscriptionRestorer}); tests use an in-memory server.
 */
public interface SubscriptionRestorer {
  /** The classifications and products the server synchronizes now. */
  SubscriptionSets currentSets() throws Exception;

  /** Saves these sets as the server's subscription categories. */
  void restore(SubscriptionSets sets) throws Exception;
}
