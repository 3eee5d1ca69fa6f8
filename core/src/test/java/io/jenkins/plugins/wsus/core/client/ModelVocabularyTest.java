package io.jenkins.plugins.wsus.core.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.wsus.core.model.SynchronizationError;
import io.jenkins.plugins.wsus.core.model.SynchronizationPhase;
import io.jenkins.plugins.wsus.core.model.SynchronizationResult;
import io.jenkins.plugins.wsus.core.model.SynchronizationStatus;
import io.jenkins.plugins.wsus.core.model.UpdateErrorKind;
import org.junit.jupiter.api.Test;

/** The model enums carry the managed API's values and names; unknown values never throw. */
class ModelVocabularyTest {

  @Test
  void documentedValuesAndNames() {
    assertThat(SynchronizationStatus.fromValue(2)).isEqualTo(SynchronizationStatus.STOPPING);
    assertThat(SynchronizationStatus.fromValue(-1)).isEqualTo(SynchronizationStatus.UNKNOWN);
    assertThat(SynchronizationStatus.NOT_PROCESSING.wsusName()).isEqualTo("NotProcessing");
    assertThat(SynchronizationPhase.fromValue(2)).isEqualTo(SynchronizationPhase.APPROVALS);
    assertThat(SynchronizationPhase.fromValue(-1)).isEqualTo(SynchronizationPhase.UNKNOWN);
    assertThat(SynchronizationPhase.fromValue(99)).isEqualTo(SynchronizationPhase.UNKNOWN);
    assertThat(SynchronizationResult.fromValue(3)).isEqualTo(SynchronizationResult.CANCELED);
    assertThat(SynchronizationResult.fromValue(99)).isEqualTo(SynchronizationResult.UNKNOWN);
    assertThat(SynchronizationError.values()).hasSize(17);
    assertThat(SynchronizationError.fromValue(10))
        .isEqualTo(SynchronizationError.USS_COMMUNICATION_ERROR);
    assertThat(SynchronizationError.USS_COMMUNICATION_ERROR.wsusName())
        .isEqualTo("UssCommunicationError");
    assertThat(SynchronizationError.fromValue(16))
        .isEqualTo(SynchronizationError.INCOMPATIBLE_PROTOCOL_VERSION);
    assertThat(SynchronizationError.fromValue(17)).isEqualTo(SynchronizationError.UNKNOWN);
    assertThat(SynchronizationError.fromWsusName("proxyerror"))
        .isEqualTo(SynchronizationError.PROXY_ERROR);
    assertThat(UpdateErrorKind.fromValue(2)).isEqualTo(UpdateErrorKind.METADATA_INVALID);
    assertThat(UpdateErrorKind.fromValue(5)).isEqualTo(UpdateErrorKind.UNKNOWN);
    for (SynchronizationError e : SynchronizationError.values()) {
      assertThat(SynchronizationError.fromValue(e.value())).isEqualTo(e);
      assertThat(SynchronizationError.fromWsusName(e.wsusName())).isEqualTo(e);
    }
  }
}
