package io.jenkins.plugins.wsus.simulator.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.wsus.simulator.SimAccount;
import io.jenkins.plugins.wsus.simulator.support.NtlmTestEncoder;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

class NtlmMessagesTest {

  private static byte[] challenge() {
    return NtlmMessages.challenge(
        NtlmMessages.NEGOTIATE_UNICODE, new byte[] {1, 2, 3, 4, 5, 6, 7, 8}, "CORP", "WSUS01", 0L);
  }

  @Test
  void challengeCarriesServerChallengeAndDomainInTargetInfo() throws Exception {
    byte[] type2 = challenge();
    assertThat(NtlmMessages.typeOf(type2)).isEqualTo(2);
    assertThat(NtlmTestEncoder.serverChallenge(type2)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    String info =
        new String(NtlmTestEncoder.targetInfo(type2), java.nio.charset.StandardCharsets.UTF_16LE);
    assertThat(info).contains("CORP").contains("WSUS01");
  }

  @Test
  void authenticateRoundTripsThroughTheVerifier() throws Exception {
    byte[] type2 = challenge();
    byte[] type3 = NtlmTestEncoder.authenticate(type2, "CORP", "CORP", "wsusadmin", "Passw0rd!");
    NtlmMessages.Authenticate auth = NtlmMessages.parseAuthenticate(type3);
    assertThat(auth.domain()).isEqualTo("CORP");
    assertThat(auth.user()).isEqualTo("wsusadmin");
    NtlmV2Verifier verifier = new NtlmV2Verifier(List.of(SimAccount.defaultAdministrator()));
    assertThat(verifier.verify(auth, NtlmTestEncoder.serverChallenge(type2))).isPresent();
    // The same response against another challenge fails (no replay).
    assertThat(verifier.verify(auth, new byte[8])).isEmpty();
  }

  @Test
  void fieldPointingOutsideTheMessageIsRejected() {
    byte[] type3 = NtlmTestEncoder.authenticateV1("CORP", "x");
    ByteBuffer.wrap(type3).order(ByteOrder.LITTLE_ENDIAN).putInt(24, 60_000); // NT response offset
    assertThatThrownBy(() -> NtlmMessages.parseAuthenticate(type3))
        .isInstanceOf(NtlmException.class)
        .hasMessageContaining("outside the message");
  }

  @Test
  void nonNtlmBytesAreRejected() {
    assertThatThrownBy(() -> NtlmMessages.typeOf("hello, world!".getBytes()))
        .isInstanceOf(NtlmException.class)
        .hasMessageContaining("NTLMSSP");
    assertThatThrownBy(() -> NtlmMessages.typeOf(new byte[3])).isInstanceOf(NtlmException.class);
  }
}
