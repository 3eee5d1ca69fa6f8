package io.jenkins.plugins.wsus.core.journal;

import io.jenkins.plugins.wsus.core.client.WsusApi;
import io.jenkins.plugins.wsus.core.client.WsusException;
import io.jenkins.plugins.wsus.core.model.Subscription;
import io.jenkins.plugins.wsus.core.model.SubscriptionCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A {@link SubscriptionRestorer} over a server's API Remoting client. */
public final class WsusSubscriptionRestorer implements SubscriptionRestorer {
  private final WsusApi api;
  private final String userName;

  /**
   * @param api the server's client
   * @param userName recorded by the server as the one who changed the subscription
   */
  public WsusSubscriptionRestorer(WsusApi api, String userName) {
    this.api = Objects.requireNonNull(api, "api");
    this.userName = Objects.requireNonNull(userName, "userName");
  }

  @Override
  public SubscriptionSets currentSets() throws WsusException {
    return SubscriptionSets.of(
        api.getSubscriptionCategories(true).stream().map(SubscriptionCategory::id).toList(),
        api.getSubscriptionCategories(false).stream().map(SubscriptionCategory::id).toList());
  }

  @Override
  public void restore(SubscriptionSets sets) throws WsusException {
    // SetSubscription saves the whole row: read it first so nothing else changes.
    Subscription subscription = api.getSubscription();
    api.setSubscription(
        subscription,
        new ArrayList<>(sets.productIds()),
        List.copyOf(sets.classificationIds()),
        userName);
  }
}
