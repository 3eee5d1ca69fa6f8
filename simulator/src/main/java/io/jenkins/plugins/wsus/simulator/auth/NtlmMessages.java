package io.jenkins.plugins.wsus.simulator.auth;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads NEGOTIATE (type 1) and AUTHENTICATE (type 3) messages and writes CHALLENGE (type 2)
 * messages, per [MS-NLMP] §2.2.1. Every field offset is bounds-checked.
 */
public final class NtlmMessages {

  static final byte[] SIGNATURE = "NTLMSSP\0".getBytes(StandardCharsets.US_ASCII);

  public static final int NEGOTIATE_UNICODE = 0x00000001;
  public static final int NEGOTIATE_OEM = 0x00000002;
  public static final int REQUEST_TARGET = 0x00000004;
  public static final int NEGOTIATE_NTLM = 0x00000200;
  public static final int NEGOTIATE_ALWAYS_SIGN = 0x00008000;
  public static final int TARGET_TYPE_DOMAIN = 0x00010000;
  public static final int NEGOTIATE_EXTENDED_SESSIONSECURITY = 0x00080000;
  public static final int NEGOTIATE_TARGET_INFO = 0x00800000;
  public static final int NEGOTIATE_VERSION = 0x02000000;
  public static final int NEGOTIATE_128 = 0x20000000;
  public static final int NEGOTIATE_KEY_EXCH = 0x40000000;
  public static final int NEGOTIATE_56 = 0x80000000;

  /** Longest message accepted (real ones are a few hundred bytes). */
  static final int MAX_MESSAGE = 8192;

  private NtlmMessages() {}

  /** A parsed NEGOTIATE message: only its flags matter to the server. */
  public record Negotiate(int flags) {}

  /** A parsed AUTHENTICATE message. */
  public record Authenticate(
      byte[] lmResponse,
      byte[] ntResponse,
      String domain,
      String user,
      String workstation,
      int flags) {

    @Override
    public String toString() {
      return "Authenticate[" + domain + "\\" + user + " from " + workstation + "]";
    }
  }

  /** The type of an NTLM message (1, 2 or 3). */
  public static int typeOf(byte[] message) throws NtlmException {
    checkHeader(message);
    return le(message).getInt(8);
  }

  /** Parses a type 1 message. */
  public static Negotiate parseNegotiate(byte[] message) throws NtlmException {
    checkHeader(message);
    ByteBuffer b = le(message);
    if (b.getInt(8) != 1) {
      throw new NtlmException("expected an NTLM NEGOTIATE message (type 1)");
    }
    if (message.length < 16) {
      throw new NtlmException("NTLM NEGOTIATE message is too short");
    }
    return new Negotiate(b.getInt(12));
  }

  /** Parses a type 3 message. */
  public static Authenticate parseAuthenticate(byte[] message) throws NtlmException {
    checkHeader(message);
    ByteBuffer b = le(message);
    if (b.getInt(8) != 3) {
      throw new NtlmException("expected an NTLM AUTHENTICATE message (type 3)");
    }
    if (message.length < 64) {
      throw new NtlmException("NTLM AUTHENTICATE message is too short");
    }
    int flags = b.getInt(60);
    Charset charset =
        (flags & NEGOTIATE_UNICODE) != 0 ? StandardCharsets.UTF_16LE : StandardCharsets.ISO_8859_1;
    byte[] lm = field(message, b, 12);
    byte[] nt = field(message, b, 20);
    String domain = new String(field(message, b, 28), charset);
    String user = new String(field(message, b, 36), charset);
    String workstation = new String(field(message, b, 44), charset);
    return new Authenticate(lm, nt, domain, user, workstation, flags);
  }

  /**
   * A CHALLENGE message for {@code serverChallenge}, naming {@code domain} as target and carrying
   * the AV pairs a domain-joined IIS sends (NetBIOS and DNS names, timestamp).
   */
  public static byte[] challenge(
      int clientFlags, byte[] serverChallenge, String domain, String computer, long fileTime) {
    byte[] targetName = domain.getBytes(StandardCharsets.UTF_16LE);
    ByteBuffer info = ByteBuffer.allocate(512).order(ByteOrder.LITTLE_ENDIAN);
    avPair(info, 2, domain); // MsvAvNbDomainName
    avPair(info, 1, computer); // MsvAvNbComputerName
    avPair(info, 4, domain.toLowerCase() + ".local"); // MsvAvDnsDomainName
    avPair(info, 3, computer.toLowerCase() + "." + domain.toLowerCase() + ".local");
    info.putShort((short) 7).putShort((short) 8).putLong(fileTime); // MsvAvTimestamp
    info.putShort((short) 0).putShort((short) 0); // MsvAvEOL
    byte[] targetInfo = Arrays.copyOf(info.array(), info.position());

    int flags =
        NEGOTIATE_UNICODE
            | REQUEST_TARGET
            | NEGOTIATE_NTLM
            | NEGOTIATE_ALWAYS_SIGN
            | TARGET_TYPE_DOMAIN
            | NEGOTIATE_EXTENDED_SESSIONSECURITY
            | NEGOTIATE_TARGET_INFO
            | NEGOTIATE_VERSION
            | NEGOTIATE_128
            | NEGOTIATE_56
            | (clientFlags & NEGOTIATE_KEY_EXCH);
    int payload = 56;
    ByteBuffer m =
        ByteBuffer.allocate(payload + targetName.length + targetInfo.length)
            .order(ByteOrder.LITTLE_ENDIAN);
    m.put(SIGNATURE).putInt(2);
    m.putShort((short) targetName.length).putShort((short) targetName.length).putInt(payload);
    m.putInt(flags);
    m.put(serverChallenge);
    m.putLong(0); // reserved
    m.putShort((short) targetInfo.length)
        .putShort((short) targetInfo.length)
        .putInt(payload + targetName.length);
    // Version: Windows Server 2022 (10.0 build 20348), NTLM revision 15.
    m.put((byte) 10).put((byte) 0).putShort((short) 20348).put(new byte[] {0, 0, 0, 15});
    m.put(targetName).put(targetInfo);
    return m.array();
  }

  private static void avPair(ByteBuffer b, int id, String value) {
    byte[] v = value.getBytes(StandardCharsets.UTF_16LE);
    b.putShort((short) id).putShort((short) v.length).put(v);
  }

  private static byte[] field(byte[] message, ByteBuffer b, int at) throws NtlmException {
    int length = Short.toUnsignedInt(b.getShort(at));
    long offset = Integer.toUnsignedLong(b.getInt(at + 4));
    if (length == 0) {
      return new byte[0];
    }
    if (offset + length > message.length) {
      throw new NtlmException("NTLM field at byte " + at + " points outside the message");
    }
    return Arrays.copyOfRange(message, (int) offset, (int) offset + length);
  }

  private static void checkHeader(byte[] message) throws NtlmException {
    if (message.length < 12 || message.length > MAX_MESSAGE) {
      throw new NtlmException("not an NTLM message (length " + message.length + ")");
    }
    if (!Arrays.equals(Arrays.copyOf(message, 8), SIGNATURE)) {
      throw new NtlmException("not an NTLM message (no NTLMSSP signature)");
    }
  }

  private static ByteBuffer le(byte[] message) {
    return ByteBuffer.wrap(message).order(ByteOrder.LITTLE_ENDIAN);
  }
}
