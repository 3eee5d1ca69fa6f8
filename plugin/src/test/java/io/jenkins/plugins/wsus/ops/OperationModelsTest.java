package io.jenkins.plugins.wsus.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each operation's model object checks its arguments and builds the request both front ends use.
 */
class OperationModelsTest {
  @Test
  void syncDefaultsAndConversion() {
    SyncOperation op = new SyncOperation(" wsus-hq ");
    SyncRequest request = (SyncRequest) op.toRequest();
    assertThat(request)
        .isEqualTo(new SyncRequest("wsus-hq", Duration.ofHours(6), true, false, List.of(), false));

    op.setTimeout("1h30m");
    op.setAllowCatalog(true);
    op.setKbs(List.of("kb5062553, 5062554", "KB5062553"));
    request = (SyncRequest) op.toRequest();
    assertThat(request.timeout()).isEqualTo(Duration.ofMinutes(90));
    assertThat(request.catalogKbs()).containsExactly("KB5062553", "KB5062554");
  }

  @Test
  void everyWrongArgumentIsNamedAtOnce() {
    SyncOperation op = new SyncOperation("");
    op.setTimeout("forever");
    op.setAllowCatalog(true);
    op.setKbs(List.of("KB12"));

    assertThatThrownBy(op::toRequest)
        .isInstanceOf(InvalidOperationException.class)
        .hasMessageStartingWith("wsusSync: ")
        .hasMessageContaining("server is required")
        .hasMessageContaining("'forever' is not a duration")
        .hasMessageContaining("not KB numbers (KB + 6-8 digits): KB12");
  }

  @Test
  void syncTimeoutIsBounded() {
    assertThat(SyncOperation.checkTimeout("30s").message()).contains("between 1m and 2d");
    assertThat(SyncOperation.checkTimeout("6h").isError()).isFalse();
  }

  @Test
  void catalogFallbackNeedsKbs() {
    SyncOperation op = new SyncOperation("wsus-hq");
    op.setAllowCatalog(true);
    assertThat(op.problems())
        .containsExactly("allowCatalog needs kbs: the KB numbers to import from the catalog");
  }

  @Test
  void gateDefaultsMatchTheContract() {
    GateRequest gate = (GateRequest) new GateOperation("wsus-hq").toRequest();
    assertThat(gate)
        .isEqualTo(
            new GateRequest("wsus-hq", Duration.ofHours(24), true, false, Duration.ofHours(2)));
    assertThat(GateOperation.checkWait("0").isError()).isFalse();
    assertThat(GateOperation.checkWait("8d").message()).contains("between 0 and 7d");
  }

  @Test
  void gateResultsDecideWhetherTheStageFails() {
    GateRequest gate = new GateRequest("wsus-hq", Duration.ofHours(24), true, false, Duration.ZERO);
    assertThat(gate.failureOf(Map.of("passed", true))).isEmpty();
    assertThat(gate.failureOf(Map.of("passed", false)))
        .contains("WSUS gate for server 'wsus-hq' is closed: no reason given");
  }

  @Test
  void catalogImportNeedsKbs() {
    assertThatThrownBy(() -> new CatalogImportOperation("wsus-hq").toRequest())
        .hasMessage(
            "wsusCatalogImport: kbs is required: the KB numbers to import, e.g. ['KB5062553']");
    assertThat(CatalogImportOperation.checkKbs("").message()).contains("kbs is required");
    CatalogImportOperation op = new CatalogImportOperation("wsus-hq");
    op.setKbs(List.of("[KB5062553, KB5062554]"));
    assertThat(((CatalogImportRequest) op.toRequest()).kbs())
        .containsExactly("KB5062553", "KB5062554");
  }

  @Test
  void approveNeedsAGroupAndUpdatesOrASourceGroup() {
    ApproveOperation op = new ApproveOperation("wsus-hq");
    assertThat(op.problems())
        .containsExactly(
            "group is required: the target group (ring) to approve for, e.g. Ring 1",
            "give kbs (updates to approve) or fromGroup (promote that group's approvals)");
    op.setGroup("Ring 1");
    op.setFromGroup("ring 1");
    assertThat(op.problems()).containsExactly("fromGroup must differ from group");
  }

  @Test
  void approveDeadlineIsAbsoluteOrRelative() {
    ApproveOperation op = new ApproveOperation("wsus-hq");
    op.setGroup("Ring 1");
    op.setKbs(List.of("KB5062553"));
    op.setDeadline("2025-07-15T18:00:00+02:00");
    ApproveRequest absolute = (ApproveRequest) op.toRequest();
    assertThat(absolute.deadlineAt()).isEqualTo(Instant.parse("2025-07-15T16:00:00Z"));
    assertThat(absolute.deadlineAfter()).isNull();
    assertThat(absolute.action()).isEqualTo(ApprovalKind.INSTALL);

    op.setDeadline("3d");
    op.setAction("Uninstall");
    ApproveRequest relative = (ApproveRequest) op.toRequest();
    assertThat(relative.deadlineAfter()).isEqualTo(Duration.ofDays(3));
    assertThat(relative.deadlineAt()).isNull();
    assertThat(relative.action()).isEqualTo(ApprovalKind.UNINSTALL);

    assertThat(ApproveOperation.checkDeadline("next week").message())
        .contains("neither an ISO-8601 date-time");
    assertThat(ApproveOperation.checkAction("deploy").message())
        .isEqualTo("action 'deploy' is not one of: install, uninstall");
  }

  @Test
  void resultsBecomePlainValues() {
    Map<String, Object> plain =
        ResultMaps.plain(
            Map.of(
                "start", Instant.parse("2025-07-10T08:00:00Z"),
                "kind", ApprovalKind.INSTALL,
                "nested", Map.of("d", Duration.ofMinutes(5), "list", List.of(1L, true))));
    assertThat(plain)
        .containsEntry("start", "2025-07-10T08:00:00Z")
        .containsEntry("kind", "INSTALL")
        .containsEntry("nested", Map.of("d", "PT5M", "list", List.of(1L, true)));
  }
}
