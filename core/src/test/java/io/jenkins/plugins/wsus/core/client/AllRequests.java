package io.jenkins.plugins.wsus.core.client;

import io.jenkins.plugins.wsus.core.model.ApprovalAction;
import io.jenkins.plugins.wsus.core.model.Subscription;
import io.jenkins.plugins.wsus.core.model.UpdateRevisionId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Every request the envelope builder makes, with the argument variants that change its shape. */
final class AllRequests {

  static final UUID UPDATE = UUID.fromString("6f1d6bd0-6c1e-4ae2-9f2a-0c4d5b8e3a11");
  static final UUID GROUP = UUID.fromString("a0a08746-4dbe-4a37-9adf-9e7652c0b421");
  static final UUID CLASSIFICATION = UUID.fromString("cd5ffd1e-e932-4e3a-bf74-18bf0b1bbd83");

  private AllRequests() {}

  static Subscription subscription(String lastModifiedBy, String anchor) {
    return new Subscription(
        0L,
        lastModifiedBy,
        Instant.parse("2025-07-09T10:00:00Z"),
        Instant.parse("0001-01-01T00:00:00Z"),
        true,
        anchor,
        anchor,
        1,
        false);
  }

  static List<SoapRequest> all() {
    List<SoapRequest> r = new ArrayList<>();
    r.add(ApiRemotingRequests.getServerVersion());
    r.add(ApiRemotingRequests.getCurrentUserRole());
    r.add(ApiRemotingRequests.ping());
    r.add(ApiRemotingRequests.startSubscriptionManually());
    r.add(ApiRemotingRequests.startSubscriptionManuallyForCategoryOnly());
    r.add(ApiRemotingRequests.stopSubscription());
    r.add(ApiRemotingRequests.getSubscriptionState());
    r.add(ApiRemotingRequests.getServerSyncProgress());
    r.add(ApiRemotingRequests.getSubscription());
    r.add(
        ApiRemotingRequests.searchSyncEvents(
            Instant.parse("2025-07-08T00:00:00Z"), Instant.parse("2025-07-10T12:34:56.789Z")));
    r.add(ApiRemotingRequests.getSubscriptionCategories(true));
    r.add(ApiRemotingRequests.getSubscriptionCategories(false));
    r.add(
        ApiRemotingRequests.setSubscription(
            subscription("CORP\\admin", "anchor-1"),
            List.of(UPDATE, GROUP),
            List.of(CLASSIFICATION),
            "CORP\\admin"));
    r.add(
        ApiRemotingRequests.setSubscription(subscription(null, null), List.of(), List.of(), null));
    r.add(ApiRemotingRequests.getConfiguration());
    r.add(
        ApiRemotingRequests.catalogSiteGetMetadataAndImport(
            UPDATE, List.of(new byte[20], new byte[] {1, 2, 3})));
    r.add(ApiRemotingRequests.catalogSiteGetMetadataAndImport(UPDATE, List.of()));
    r.add(ApiRemotingRequests.getAllTargetGroups());
    for (ApprovalAction action :
        List.of(ApprovalAction.INSTALL, ApprovalAction.UNINSTALL, ApprovalAction.NOT_APPROVED)) {
      r.add(
          ApiRemotingRequests.deployUpdate(
              new UpdateRevisionId(UPDATE, 201),
              ApiRemotingMappings.deploymentAction(action),
              GROUP,
              Instant.parse("2025-07-15T08:30:00Z"),
              "CORP\\admin",
              true));
    }
    r.add(
        ApiRemotingRequests.deployUpdate(
            new UpdateRevisionId(UPDATE, 1), 0, GROUP, null, null, false));
    r.add(ApiRemotingRequests.declineUpdate(UPDATE, "CORP\\admin", true));
    r.add(ApiRemotingRequests.declineUpdate(UPDATE, null, false));
    r.add(ApiRemotingRequests.getUpdateById(new UpdateRevisionId(UPDATE, 201)));
    return r;
  }
}
