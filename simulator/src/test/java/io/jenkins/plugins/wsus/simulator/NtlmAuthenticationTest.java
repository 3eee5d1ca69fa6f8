package io.jenkins.plugins.wsus.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.wsus.simulator.support.NtlmTestEncoder;
import io.jenkins.plugins.wsus.simulator.support.RawHttpConnection;
import io.jenkins.plugins.wsus.simulator.support.WsusTestClient;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class NtlmAuthenticationTest {

  private static WsusSimulator sim;

  @BeforeAll
  static void start() {
    sim =
        WsusSimulator.start(
            SimulatorOptions.builder()
                .withoutWsdl()
                .https(false)
                .account(SimAccount.defaultAdministrator())
                .account(SimAccount.defaultReporter())
                .account(new SimAccount("CORP", "nobody", "S3cret!", SimAccount.Role.NONE))
                .build());
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @Test
  void unauthenticatedRequestGets401OfferingNegotiateAndNtlm() throws Exception {
    try (WsusTestClient c = WsusTestClient.open(sim)) {
      RawHttpConnection.Response r = c.call("GetServerVersion", "");
      assertThat(r.status()).isEqualTo(401);
      assertThat(r.header("www-authenticate")).containsExactly("Negotiate", "NTLM");
    }
  }

  @Test
  void ntlmV2HandshakeAuthenticatesTheConnection() throws Exception {
    try (WsusTestClient c = WsusTestClient.open(sim)) {
      RawHttpConnection.Response r = c.logon("CORP", "CORP", "wsusadmin", "Passw0rd!");
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.text()).contains("<GetServerVersionResult>");
      // The connection stays authenticated without further headers.
      assertThat(c.call("GetSubscriptionState", "").status()).isEqualTo(200);
    }
  }

  @Test
  void userNameIsCaseInsensitiveButHashedUppercase() throws Exception {
    try (WsusTestClient c = WsusTestClient.open(sim)) {
      assertThat(c.logon("CORP", "CORP", "WsusAdmin", "Passw0rd!").status()).isEqualTo(200);
    }
  }

  @Test
  void wrongPasswordGets401() throws Exception {
    try (WsusTestClient c = WsusTestClient.open(sim)) {
      RawHttpConnection.Response r = c.logon("CORP", "CORP", "wsusadmin", "wrong");
      assertThat(r.status()).isEqualTo(401);
      assertThat(r.header("www-authenticate")).containsExactly("Negotiate", "NTLM");
    }
  }

  @Test
  void domainIsHashedExactlyAsSent() throws Exception {
    // The response key was computed with "corp" but the message says "CORP": a strict server fails
    // it.
    try (WsusTestClient c = WsusTestClient.open(sim)) {
      assertThat(c.logon("CORP", "corp", "wsusadmin", "Passw0rd!").status()).isEqualTo(401);
    }
    // Sent and hashed the same way, a lowercase domain is fine (names compare case-insensitively).
    try (WsusTestClient c = WsusTestClient.open(sim)) {
      assertThat(c.logon("corp", "corp", "wsusadmin", "Passw0rd!").status()).isEqualTo(200);
    }
  }

  @Test
  void unknownUserGets401() throws Exception {
    try (WsusTestClient c = WsusTestClient.open(sim)) {
      assertThat(c.logon("CORP", "CORP", "mallory", "Passw0rd!").status()).isEqualTo(401);
    }
  }

  @Test
  void ntlmV1ResponseIsRefused() throws Exception {
    try (WsusTestClient c = WsusTestClient.open(sim)) {
      Map<String, String> h = WsusTestClient.soapHeaders(WsusTestClient.NS + "/GetServerVersion");
      byte[] body =
          WsusTestClient.envelope("<GetServerVersion xmlns=\"" + WsusTestClient.NS + "\" />");
      h.put("Authorization", "NTLM " + b64(NtlmTestEncoder.negotiate()));
      assertThat(c.raw(h, body).status()).isEqualTo(401);
      h.put("Authorization", "NTLM " + b64(NtlmTestEncoder.authenticateV1("CORP", "wsusadmin")));
      RawHttpConnection.Response r = c.raw(h, body);
      assertThat(r.status()).isEqualTo(401);
      assertThat(r.header("www-authenticate")).containsExactly("Negotiate", "NTLM");
    }
  }

  @Test
  void authenticateWithoutChallengeIsRefused() throws Exception {
    try (WsusTestClient a = WsusTestClient.open(sim);
        WsusTestClient b = WsusTestClient.open(sim)) {
      Map<String, String> h = WsusTestClient.soapHeaders(WsusTestClient.NS + "/GetServerVersion");
      byte[] body =
          WsusTestClient.envelope("<GetServerVersion xmlns=\"" + WsusTestClient.NS + "\" />");
      h.put("Authorization", "NTLM " + b64(NtlmTestEncoder.negotiate()));
      RawHttpConnection.Response challenge = a.raw(h, body);
      String value = challenge.header("www-authenticate").get(0);
      byte[] type2 = Base64.getDecoder().decode(value.substring(5));
      // The type 3 answers connection A's challenge but arrives on connection B.
      h.put(
          "Authorization",
          "NTLM "
              + b64(NtlmTestEncoder.authenticate(type2, "CORP", "CORP", "wsusadmin", "Passw0rd!")));
      assertThat(b.raw(h, body).status()).isEqualTo(401);
    }
  }

  @Test
  void authenticationIsPerConnection() throws Exception {
    try (WsusTestClient admin = WsusTestClient.admin(sim);
        WsusTestClient other = WsusTestClient.open(sim)) {
      assertThat(admin.call("GetSubscriptionState", "").status()).isEqualTo(200);
      assertThat(other.call("GetSubscriptionState", "").status()).isEqualTo(401);
    }
  }

  @Test
  void garbageTokenGets401() throws Exception {
    try (WsusTestClient c = WsusTestClient.open(sim)) {
      Map<String, String> h = WsusTestClient.soapHeaders(WsusTestClient.NS + "/GetServerVersion");
      h.put("Authorization", "NTLM !!!notbase64");
      assertThat(c.raw(h, WsusTestClient.envelope("")).status()).isEqualTo(401);
      h.put("Authorization", "NTLM " + b64("NTLMSSP\0garbage-of-type-9".getBytes()));
      assertThat(c.raw(h, WsusTestClient.envelope("")).status()).isEqualTo(401);
    }
  }

  @Test
  void reporterReadsButGets403OnWrites() throws Exception {
    try (WsusTestClient c = WsusTestClient.open(sim)) {
      assertThat(c.logon("CORP", "CORP", "reporter", "Passw0rd!").status()).isEqualTo(200);
      RawHttpConnection.Response role = c.call("GetCurrentUserRole", "");
      assertThat(role.text()).contains("<GetCurrentUserRoleResult>1</GetCurrentUserRoleResult>");
      assertThat(c.call("GetSubscriptionState", "").status()).isEqualTo(200);
      assertThat(c.call("StartSubscriptionManually", "").status()).isEqualTo(403);
      assertThat(c.call("StopSubscription", "").status()).isEqualTo(403);
    }
    assertThat(sim.model().progress().isRunning()).isFalse();
  }

  @Test
  void accountOutsideWsusGroupsGets403OnEverything() throws Exception {
    try (WsusTestClient c = WsusTestClient.open(sim)) {
      // The handshake itself succeeds; the operation it carries is forbidden.
      assertThat(c.logon("CORP", "CORP", "nobody", "S3cret!").status()).isEqualTo(403);
      assertThat(c.call("GetSubscriptionState", "").status()).isEqualTo(403);
    }
  }

  @Test
  void passwordsNeverAppearInToString() {
    assertThat(SimAccount.defaultAdministrator().toString()).doesNotContain("Passw0rd!");
  }

  private static String b64(byte[] b) {
    return Base64.getEncoder().encodeToString(b);
  }
}
