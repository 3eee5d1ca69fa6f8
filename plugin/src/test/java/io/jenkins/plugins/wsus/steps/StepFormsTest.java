package io.jenkins.plugins.wsus.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.wsus.WsusServer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The server field of every step and builder form. */
class StepFormsTest {
  @Test
  void theServerMustBeConfigured() {
    List<String> names =
        StepForms.serverNames(List.of(new WsusServer("wsus-hq", "https://hq:8531")));
    assertThat(names).containsExactly("wsus-hq");
    assertThat(StepForms.checkServer("WSUS-HQ", names).isError()).isFalse();
    assertThat(StepForms.checkServer("lab", names).message())
        .isEqualTo(
            "No WSUS server named 'lab' is configured (Manage Jenkins → System → WSUS Orchestrator)");
    assertThat(StepForms.checkServer("", names).message()).startsWith("server is required");
  }
}
