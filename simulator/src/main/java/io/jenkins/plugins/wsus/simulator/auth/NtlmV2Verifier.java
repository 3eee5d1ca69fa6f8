package io.jenkins.plugins.wsus.simulator.auth;

import io.jenkins.plugins.wsus.simulator.SimAccount;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.MD4Digest;

/**
 * Verifies NTLMv2 responses as a strict domain controller does ([MS-NLMP] §3.3.2): the response key
 * is HMAC-MD5 keyed by MD4(UTF-16LE(password)) over UTF-16LE(UPPER(user) + domain), with the domain
 * exactly as written in the AUTHENTICATE message; NTProofStr must equal HMAC-MD5 over the server
 * challenge and the client's blob. NTLMv1, NTLM2 session and LM-only responses are refused.
 */
public final class NtlmV2Verifier {

  /** NTProofStr (16) + blob header (28) at least. */
  private static final int MIN_NTLMV2_LENGTH = 16 + 28;

  private final List<SimAccount> accounts;

  public NtlmV2Verifier(List<SimAccount> accounts) {
    this.accounts = List.copyOf(accounts);
  }

  /** The account that produced this response to {@code serverChallenge}, or empty. */
  public Optional<SimAccount> verify(NtlmMessages.Authenticate auth, byte[] serverChallenge)
      throws NtlmException {
    byte[] nt = auth.ntResponse();
    if (nt.length == 0) {
      throw new NtlmException("anonymous NTLM logon refused");
    }
    if (nt.length == 24) {
      throw new NtlmException("NTLMv1 response refused (LmCompatibilityLevel 5)");
    }
    if (nt.length < MIN_NTLMV2_LENGTH) {
      throw new NtlmException("NTLMv2 response too short");
    }
    byte[] proof = Arrays.copyOf(nt, 16);
    byte[] blob = Arrays.copyOfRange(nt, 16, nt.length);
    if (blob[0] != 1 || blob[1] != 1) {
      throw new NtlmException("NTLMv2 blob has an unknown version");
    }
    Optional<SimAccount> account =
        accounts.stream()
            .filter(
                a ->
                    auth.domain().isEmpty()
                        ? a.user().equalsIgnoreCase(auth.user())
                        : a.matches(auth.domain(), auth.user()))
            .findFirst();
    if (account.isEmpty()) {
      return Optional.empty();
    }
    byte[] expected =
        hmacMd5(
            responseKeyNt(account.get().password(), auth.user(), auth.domain()),
            concat(serverChallenge, blob));
    return MessageDigest.isEqual(expected, proof) ? account : Optional.empty();
  }

  /** NTOWFv2: HMAC_MD5(MD4(UTF-16LE(password)), UTF-16LE(UPPER(user) + domain)). */
  static byte[] responseKeyNt(String password, String user, String domain) {
    byte[] ntHash = md4(password.getBytes(StandardCharsets.UTF_16LE));
    byte[] identity = (user.toUpperCase(Locale.ROOT) + domain).getBytes(StandardCharsets.UTF_16LE);
    return hmacMd5(ntHash, identity);
  }

  static byte[] md4(byte[] input) {
    MD4Digest d = new MD4Digest();
    d.update(input, 0, input.length);
    byte[] out = new byte[d.getDigestSize()];
    d.doFinal(out, 0);
    return out;
  }

  static byte[] hmacMd5(byte[] key, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacMD5");
      mac.init(new SecretKeySpec(key, "HmacMD5"));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacMD5 is not available", e);
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] r = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }
}
