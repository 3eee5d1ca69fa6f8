package io.jenkins.plugins.wsus.core.journal;

import java.util.concurrent.atomic.AtomicInteger;

/** A server's subscription sets in memory, with switchable failures. */
final class InMemoryServer implements SubscriptionRestorer {
  volatile SubscriptionSets sets;
  final AtomicInteger restores = new AtomicInteger();
  volatile boolean down;

  /** Apply the restore, then fail: the process "dies" after the server changed. */
  volatile boolean crashAfterRestore;

  InMemoryServer(SubscriptionSets sets) {
    this.sets = sets;
  }

  @Override
  public SubscriptionSets currentSets() throws Exception {
    if (down) {
      throw new java.net.ConnectException("Connection refused");
    }
    return sets;
  }

  @Override
  public void restore(SubscriptionSets target) throws Exception {
    if (down) {
      throw new java.net.ConnectException("Connection refused");
    }
    restores.incrementAndGet();
    sets = target;
    if (crashAfterRestore) {
      throw new IllegalStateException("process died after SetSubscription");
    }
  }
}
