package io.jenkins.plugins.wsus.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.wsus.status.OrchestratorStatuses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build page's records and the evidence files it lists and serves. */
class BuildPageTest {
  @Test
  void aRecordSplitsTheResultIntoSummaryAndTimeline() {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("outcome", "SUCCEEDED");
    result.put("path", "degraded");
    result.put("quarantinedClassifications", List.of("Drivers", "Feature Packs"));
    result.put(
        "timeline", List.of("attempt 1: HTTP 503", "breaker wsus-hq OPEN", "fallback: degraded"));
    result.put("breakers", Map.of("wsus-hq", "OPEN"));

    OperationRecord record =
        OperationRecord.of("wsusSync", "wsus-hq", result, null, List.of("sync-1.json"));

    assertThat(record.isSucceeded()).isTrue();
    assertThat(record.getSummary())
        .containsEntry("outcome", "SUCCEEDED")
        .containsEntry("quarantinedClassifications", "Drivers, Feature Packs")
        .doesNotContainKeys("timeline", "breakers");
    assertThat(record.getTimeline()).hasSize(3).startsWith("attempt 1: HTTP 503");
    assertThat(OperationRecord.of("wsusGate", "wsus-hq", null, "closed", List.of()).isSucceeded())
        .isFalse();
  }

  @Test
  void onlyPlainJsonFileNamesInTheEvidenceFolderAreServed(@TempDir Path build) throws Exception {
    Path folder = Files.createDirectories(build.resolve(WsusBuildAction.EVIDENCE_FOLDER));
    Files.writeString(folder.resolve("sync-1.json"), "{}");
    Files.writeString(folder.resolve("sync-1.html"), "<html/>");
    Files.writeString(build.resolve("build.xml"), "<secret/>");

    assertThat(EvidenceFiles.list(folder)).containsExactly("sync-1.html", "sync-1.json");
    assertThat(EvidenceFiles.servable(folder, "sync-1.json"))
        .contains(folder.resolve("sync-1.json"));
    assertThat(EvidenceFiles.servable(folder, "sync-1.html")).as("HTML is not served").isEmpty();
    assertThat(EvidenceFiles.servable(folder, "../build.xml")).isEmpty();
    assertThat(EvidenceFiles.servable(folder, "..%2Fbuild.xml")).isEmpty();
    assertThat(EvidenceFiles.servable(folder, "missing.json")).isEmpty();
    assertThat(EvidenceFiles.list(build.resolve("none"))).isEmpty();
  }

  @Test
  void withoutAnEngineTheManagementPageIsEmptyAndRefusesChanges() {
    var unwired = OrchestratorStatuses.UNWIRED;
    assertThat(unwired.available()).isFalse();
    assertThat(unwired.servers()).isEmpty();
    assertThatThrownBy(() -> unwired.resetBreaker("microsoft"))
        .hasMessageContaining("engine is not available");
    assertThatThrownBy(() -> WsusManagementLink.required("label", " "))
        .hasMessage("label is required");
  }
}
