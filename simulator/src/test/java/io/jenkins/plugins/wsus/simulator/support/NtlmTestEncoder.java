package io.jenkins.plugins.wsus.simulator.support;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.MD4Digest;

/** A small, independent NTLMv2 client encoder for tests ([MS-NLMP] §2.2.1, §3.3.2). */
public final class NtlmTestEncoder {

  private static final byte[] SIGNATURE = "NTLMSSP\0".getBytes(StandardCharsets.US_ASCII);
  private static final int FLAGS =
      0x00000001 | 0x00000004 | 0x00000200 | 0x00008000 | 0x00080000 | 0x20000000 | 0x80000000;

  private NtlmTestEncoder() {}

  /** A NEGOTIATE message with no domain or workstation. */
  public static byte[] negotiate() {
    ByteBuffer b = le(32);
    b.put(SIGNATURE).putInt(1).putInt(FLAGS);
    b.putLong(0).putLong(0); // empty domain and workstation fields
    return b.array();
  }

  /** The server challenge in a CHALLENGE message. */
  public static byte[] serverChallenge(byte[] type2) {
    return Arrays.copyOfRange(type2, 24, 32);
  }

  /** The target info (AV pairs) in a CHALLENGE message. */
  public static byte[] targetInfo(byte[] type2) {
    ByteBuffer b = ByteBuffer.wrap(type2).order(ByteOrder.LITTLE_ENDIAN);
    int len = Short.toUnsignedInt(b.getShort(40));
    int off = b.getInt(44);
    return Arrays.copyOfRange(type2, off, off + len);
  }

  /**
   * An AUTHENTICATE message with an NTLMv2 response. {@code hashDomain} is what the response key is
   * computed with; {@code sentDomain} is what the message carries (they differ to test strictness).
   */
  public static byte[] authenticate(
      byte[] type2, String sentDomain, String hashDomain, String user, String password) {
    byte[] challenge = serverChallenge(type2);
    byte[] clientChallenge = new byte[8];
    new SecureRandom().nextBytes(clientChallenge);
    byte[] info = targetInfo(type2);
    ByteBuffer blob = le(28 + info.length + 4);
    blob.put((byte) 1).put((byte) 1).putShort((short) 0).putInt(0);
    blob.putLong((System.currentTimeMillis() + 11_644_473_600_000L) * 10_000L);
    blob.put(clientChallenge).putInt(0).put(info).putInt(0);
    byte[] key = responseKey(password, user, hashDomain);
    byte[] proof = hmac(key, concat(challenge, blob.array()));
    byte[] nt = concat(proof, blob.array());
    byte[] lm = concat(hmac(key, concat(challenge, clientChallenge)), clientChallenge);
    return type3(lm, nt, sentDomain, user);
  }

  /** An AUTHENTICATE message carrying a 24-byte (NTLMv1-shaped) NT response. */
  public static byte[] authenticateV1(String domain, String user) {
    return type3(new byte[24], new byte[24], domain, user);
  }

  private static byte[] type3(byte[] lm, byte[] nt, String domain, String user) {
    byte[] d = domain.getBytes(StandardCharsets.UTF_16LE);
    byte[] u = user.getBytes(StandardCharsets.UTF_16LE);
    byte[] w = "TESTHOST".getBytes(StandardCharsets.UTF_16LE);
    int offset = 64;
    ByteBuffer b = le(offset + lm.length + nt.length + d.length + u.length + w.length);
    b.put(SIGNATURE).putInt(3);
    offset = field(b, lm.length, offset);
    offset = field(b, nt.length, offset);
    offset = field(b, d.length, offset);
    offset = field(b, u.length, offset);
    offset = field(b, w.length, offset);
    field(b, 0, offset); // session key
    b.putInt(FLAGS);
    b.put(lm).put(nt).put(d).put(u).put(w);
    return b.array();
  }

  private static int field(ByteBuffer b, int length, int offset) {
    b.putShort((short) length).putShort((short) length).putInt(offset);
    return offset + length;
  }

  static byte[] responseKey(String password, String user, String domain) {
    MD4Digest md4 = new MD4Digest();
    byte[] p = password.getBytes(StandardCharsets.UTF_16LE);
    md4.update(p, 0, p.length);
    byte[] hash = new byte[16];
    md4.doFinal(hash, 0);
    return hmac(hash, (user.toUpperCase(Locale.ROOT) + domain).getBytes(StandardCharsets.UTF_16LE));
  }

  static byte[] hmac(byte[] key, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacMD5");
      mac.init(new SecretKeySpec(key, "HmacMD5"));
      return mac.doFinal(data);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] r = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }

  private static ByteBuffer le(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }
}
