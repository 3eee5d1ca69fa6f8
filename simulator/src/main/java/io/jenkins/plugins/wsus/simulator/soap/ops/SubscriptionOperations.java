package io.jenkins.plugins.wsus.simulator.soap.ops;

import static io.jenkins.plugins.wsus.simulator.soap.ops.Operation.Access.READ;
import static io.jenkins.plugins.wsus.simulator.soap.ops.Operation.Access.WRITE;

import io.jenkins.plugins.wsus.simulator.model.Category;
import io.jenkins.plugins.wsus.simulator.model.Subscription;
import io.jenkins.plugins.wsus.simulator.soap.WireLayout;
import io.jenkins.plugins.wsus.simulator.soap.XmlWriter;
import io.jenkins.plugins.wsus.simulator.soap.xml.RequestFormatException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** GetSubscription, GetSubscriptionCategories and SetSubscription. */
final class SubscriptionOperations {

  private SubscriptionOperations() {}

  static List<Operation> all() {
    return List.of(
        new Operation(
            "GetSubscription",
            WireLayout.NS,
            READ,
            (req, ctx) -> {
              Subscription s = ctx.model().subscription();
              return w -> writeSubscription(w.start("GetSubscriptionResult"), s).end();
            }),
        new Operation(
            "GetSubscriptionCategories", WireLayout.NS, READ, SubscriptionOperations::categories),
        new Operation("SetSubscription", WireLayout.NS, WRITE, SubscriptionOperations::set));
  }

  /** SubscriptionTableRow children in WSDL order. */
  static XmlWriter writeSubscription(XmlWriter w, Subscription s) {
    return w.element("synchronizeAutomaticallyTimeOfDay", s.synchronizeAutomaticallyTimeOfDay())
        .element("LastModifiedBy", s.lastModifiedBy())
        .element("LastModifiedTime", s.lastModifiedTime())
        .element("LastSynchronizationTime", s.lastSynchronizationTime())
        .element("SynchronizeAutomatically", s.synchronizeAutomatically())
        .element("Anchor", s.anchor())
        .element("DeploymentAnchor", s.deploymentAnchor())
        .element("NumberOfSynchronizationsPerDay", s.numberOfSynchronizationsPerDay())
        .element("IsCategoryOnly", s.isCategoryOnly());
  }

  private static Consumer<XmlWriter> categories(Args req, CallContext ctx)
      throws RequestFormatException {
    boolean classifications = req.requiredBoolean("retrieveUpdateClassifications");
    List<Category> subscribed =
        classifications
            ? ctx.model().subscribedClassifications()
            : ctx.model().subscribedProducts();
    List<List<Object>> rows = new ArrayList<>();
    for (Category c : subscribed) {
      Object[] row = new Object[4];
      row[WireLayout.CATEGORY_COL_ID] = c.id();
      row[WireLayout.CATEGORY_COL_TYPE] = c.type();
      row[WireLayout.CATEGORY_COL_TITLE] = c.title();
      row[WireLayout.CATEGORY_COL_PARENT] = c.parentId();
      rows.add(Arrays.asList(row));
    }
    return w -> w.rows("GetSubscriptionCategoriesResult", rows);
  }

  private static Consumer<XmlWriter> set(Args req, CallContext ctx) throws RequestFormatException {
    Optional<Args> row = req.optionalChild("subscription");
    Subscription s = null;
    if (row.isPresent()) {
      Args r = row.get();
      Instant never = Instant.EPOCH;
      Instant modified = r.requiredDateTime("LastModifiedTime");
      Instant synced = r.requiredDateTime("LastSynchronizationTime");
      s =
          new Subscription(
              r.requiredLong("synchronizeAutomaticallyTimeOfDay"),
              r.optionalString("LastModifiedBy").orElse(null),
              modified == null ? never : modified,
              synced == null ? never : synced,
              r.requiredBoolean("SynchronizeAutomatically"),
              r.optionalString("Anchor").orElse(null),
              r.optionalString("DeploymentAnchor").orElse(null),
              r.requiredInt("NumberOfSynchronizationsPerDay"),
              r.requiredBoolean("IsCategoryOnly"));
    }
    List<UUID> categories = req.guidArray("categoryIds");
    List<UUID> classifications = req.guidArray("updateClassificationIds");
    String user = req.optionalString("userName").orElse(ctx.account().qualifiedName());
    ctx.model().setSubscription(s, categories, classifications, user);
    return Operation.empty();
  }
}
